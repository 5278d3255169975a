using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>The answer card's own frame, in both languages. Answer content comes from knowledge already translated.</summary>
public static class QnaText
{
    public static readonly Text Source = new("Avots", "Source");
    public static readonly Text Uncertain = new("Nav droši zināms", "Uncertain");
    public static readonly Text RelatedQuestions = new("Saistītie jautājumi", "Related questions");
    public static readonly Text Escalate = new("Nodot VARAM konsultācijai", "Escalate to a VARAM consultation");
    public static readonly Text ChecklistForRole = new("Kontrolsaraksts šai lomai", "Checklist for this role");
    public static readonly Text Tentative = new(
        "Neesmu pārliecināts, ka jautājāt tieši par šo. Ja ne, izvēlieties tuvāko jautājumu zemāk vai nododiet jautājumu VARAM konsultācijai.",
        "I'm not sure this is what you asked. If it isn't, pick the closer question below or pass your question to a VARAM consultation.");
    public static readonly Text Confidence = new("Ticamība", "Confidence");
    public static readonly Text ConfidenceHigh = new("augsta", "high");
    public static readonly Text ConfidenceMedium = new("vidēja", "medium");
    public static readonly Text ConfidenceLow = new("zema", "low");
}
