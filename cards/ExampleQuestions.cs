using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards;

/// <summary>
/// Questions the assistant is known to answer well, shown as buttons. Both languages are offered on every card
/// because users in Teams rarely switch their client locale, and one example is typed without diacritics on purpose.
/// </summary>
public static class ExampleQuestions
{
    public static readonly IReadOnlyList<(Language Language, string Question)> All =
    [
        (Language.Lv, "Kas izstrādā normatīvos aktus konkrētam pakalpojumam?"),
        (Language.Lv, "kas ir resursa vaditaja pienakumi"),
        (Language.En, "Who is responsible for drafting a service-specific act?"),
        (Language.En, "What are the steps before creating the regulation?"),
    ];

    /// <summary>Two examples for the help card, in the reader's language first.</summary>
    public static IReadOnlyList<string> PairFor(Language language) =>
    [
        All.First(e => e.Language == language).Question,
        All.First(e => e.Language != language).Question,
    ];
}
