namespace ChatAssistant.Cards;

/// <summary>
/// The names of the fields a card button's payload carries. The cards write them and the bot reads them through these
/// constants, so a misspelt field is a compile error rather than a button that silently does nothing.
/// </summary>
public static class CardFields
{
    public const string Action = "action";
    public const string Version = "v";

    /// <summary>The language the card was written in ("lv" / "en").</summary>
    public const string Language = "lang";

    /// <summary>Teams adds its own object to submitted data; it is not ours.</summary>
    public const string Teams = "msteams";

    /// <summary>A question to ask (qa.ask).</summary>
    public const string Ask = "q";

    /// <summary>The question an answer was for (feedback, escalate.start, and the escalation form's input).</summary>
    public const string Question = "question";

    public const string Unit = "unit";
    public const string Label = "label";
    public const string Helpful = "helpful";

    public const string Card = "card";
    public const string Role = "role";

    /// <summary>The name of a piece of work a checklist is for (also the role picker's input).</summary>
    public const string Name = "name";

    public const string Owner = "owner";

    /// <summary>The checklist version the card was drawn from.</summary>
    public const string ChecklistVersion = "ver";

    /// <summary>A checklist's saved revision, or the workflow step a ticket card shows.</summary>
    public const string Revision = "rev";

    public const string TicketId = "id";
    public const string SubmissionId = "sid";
    public const string Origin = "origin";
}
