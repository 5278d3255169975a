namespace ChatAssistant.Knowledge.Model;

/// <summary>
/// Example messages per intent (<c>intents.yaml</c>): small talk and requests for a feature as people word them, and
/// questions about the card that use a request's words. The assistant reads a message as the intent of the examples it
/// is most like, so an editor fixes a missed request by adding the words people typed. <see cref="Intent"/> is one of
/// <see cref="Names"/>; <see cref="Line"/> is where the entry stands, for errors about it.
/// </summary>
public sealed record IntentExample(string Intent, IReadOnlyList<string> Messages, int Line);

public sealed record IntentExamples(IReadOnlyList<IntentExample> Entries)
{
    public static readonly IntentExamples None = new([]);

    /// <summary>The name of the examples that are questions about the card, not small talk or a request.</summary>
    public const string Question = "question";

    /// <summary>Every intent an entry may name, as the file writes it.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["greeting", "thanks", "goodbye", "who", "capabilities", "checklist", "my-checklists", "my-tickets", "escalate", Question];
}
