namespace ChatAssistant.Knowledge.Answers;

/// <summary>The stable IDs of answer units. The evaluation set and card buttons refer to units by these.</summary>
public static class UnitIds
{
    public static string Duty(string card, string role, string duty) => $"{card}:duty:{role}.{duty}";
    public static string Role(string card, string role) => $"{card}:role:{role}";
    public static string Phase(string card, string phase) => $"{card}:phase:{phase}";
    public static string Section(string card, string section) => $"{card}:section:{section}";
    public static string Levels(string card) => $"{card}:levels";
    public static string Stages(string card) => $"{card}:stages";
    public static string Related(string card) => $"{card}:related";
    public static string Conditions(string card) => $"{card}:conditions";
    public static string LegalActs(string card) => $"{card}:legal-acts";
    public static string Task(string task) => $"task:{task}";
    public static string Condition(string condition) => $"condition:{condition}";
    public static string Act(string act) => $"act:{act}";
}
