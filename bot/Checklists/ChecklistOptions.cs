namespace ChatAssistant.Bot.Checklists;

/// <summary>Section "Checklists".</summary>
public sealed class ChecklistOptions
{
    public const string Section = "Checklists";

    /// <summary>A checklist's progress (with the work's name the person gave it) is deleted this many days after its last save.</summary>
    public int RetentionDays { get; set; } = 365;
}
