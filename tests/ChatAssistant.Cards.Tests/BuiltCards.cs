using System.Text.Json.Nodes;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

/// <summary>Every card the builders make, by name, so schema and payload checks cover them all.</summary>
public static class BuiltCards
{
    public static IReadOnlyDictionary<string, Func<JsonObject>> All { get; } = Build();

    public static TheoryData<string> Names() => [.. All.Keys];

    private static Dictionary<string, Func<JsonObject>> Build()
    {
        var cards = new Dictionary<string, Func<JsonObject>>();
        foreach (var (name, answer) in SampleAnswers.All) cards["answer:" + name] = () => AnswerCardBuilder.Build(answer);
        foreach (var language in Enum.GetValues<Language>())
        {
            cards["welcome:" + language] = () => WelcomeCardBuilder.Build(language);
            cards["help:" + language] = () => HelpCardBuilder.Build(language);
        }
        cards["message"] = () => MessageCardBuilder.Build("Paldies!", "Paldies par atsauksmi! Satura redaktori to redzēs.");
        return cards;
    }
}
