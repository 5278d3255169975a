using System.Text.Json.Nodes;
using ChatAssistant.Cards.Checklists;
using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

/// <summary>
/// What people type reaches cards that others trust (the consultants' channel, group chats): it must show as text.
/// TextBlocks and FactSet values render markdown, TextRuns do not; so no typed text may sit in the former, and every
/// typed text must still be there, in a TextRun, without the characters that disguise it.
/// </summary>
public class HostileTextTests
{
    public static TheoryData<string> Hostile() =>
    [
        "[Open in the VARAM portal](https://evil.example/login)",
        "**x**",
        "# h",
        "<a href=\"https://evil.example\">a</a>",
        "_i_ and ~~s~~ and `code`",
        "- item\n1. item",
        "![img](https://evil.example/x.png)",
    ];

    private static readonly string[] Invisible = ["\u202E", "\u2066", "\u200B", "\u200D", "\uFEFF", "\u200F"];

    private static Dictionary<string, JsonObject> CardsWith(string text)
    {
        var at = DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        TicketView Ticket(TicketState state) => new("VARAM-2026-0042", state, text, text, "Pakalpojuma vadītājs", text, false, text, text, text,
            text, state is TicketState.Answered or TicketState.Closed ? text : null, 3, at, at, [new TicketHistoryLine(at, "iesniegts", text)], Language.Lv);
        var cards = new Dictionary<string, JsonObject>();
        foreach (var state in Enum.GetValues<TicketState>()) cards[$"ticket-{state}"] = TicketCardBuilder.Build(Ticket(state), text);
        cards["receipt"] = TicketReplyCardBuilder.Receipt(Ticket(TicketState.New));
        cards["answer"] = TicketReplyCardBuilder.Answer(Ticket(TicketState.Answered));
        cards["answer-reopened"] = TicketReplyCardBuilder.Answer(Ticket(TicketState.Answered), text);
        cards["closed"] = TicketReplyCardBuilder.Closed(Ticket(TicketState.Closed));
        cards["my-tickets"] = MyTicketsCardBuilder.Build([Ticket(TicketState.New), Ticket(TicketState.Answered)], Language.Lv);
        cards["checklist"] = ChecklistCardBuilder.Build(new ChecklistView(SampleChecklists.ServiceManager, text, "user-1", new HashSet<string>(), Language.Lv, text));
        cards["my-checklists"] = MyChecklistsCardBuilder.Build([new ChecklistSummary("PU2-6", SampleChecklists.ServiceManager.Role, text, 1, 2, at)], Language.Lv);
        return cards;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void TypedTextNeverReachesMarkdownAndIsShownAsText(string typed)
    {
        foreach (var (name, card) in CardsWith(typed))
        {
            foreach (var markdown in MarkdownTexts(card))
            {
                Assert.False(markdown.Contains(typed, StringComparison.Ordinal), $"{name}: '{typed}' is rendered as markdown in '{markdown}'");
            }
            Assert.Contains(TextRuns(card), run => run.Contains(typed, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void BidiOverridesAndZeroWidthCharactersAreTakenOut()
    {
        var typed = "Valsts\u200B ieņēmumu \u202Eelpmaxe.live\u202C dienests\u2066\uFEFF\u200D\u200F";
        foreach (var (name, card) in CardsWith(typed))
        {
            // What is drawn; the buttons' data may carry the name as the person gave it, as a key.
            var shown = string.Join("\n", MarkdownTexts(card).Concat(TextRuns(card)));
            foreach (var c in Invisible) Assert.False(shown.Contains(c, StringComparison.Ordinal), $"{name} shows U+{(int)c[0]:X4}");
            Assert.Contains(TextRuns(card), run => run.Contains("Valsts ieņēmumu elpmaxe.live dienests", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void CardsWithTypedTextStillMatchTheSchema()
    {
        foreach (var (name, card) in CardsWith("[Open](https://evil.example) **x**"))
        {
            var violations = Schema.AdaptiveCardSchema.Violations(Schema.TeamsExtensions.Without(card));
            Assert.True(violations.Count == 0, $"{name}:{Environment.NewLine}{Schema.AdaptiveCardSchema.Describe(violations)}");
        }
    }

    /// <summary>Strings a Teams client runs through its markdown renderer.</summary>
    private static IEnumerable<string> MarkdownTexts(JsonObject card) =>
        CardJson.Elements(card).SelectMany(e => CardJson.Type(e) switch
        {
            "TextBlock" => [(string)e["text"]!],
            "FactSet" => e["facts"]!.AsArray().SelectMany(f => new[] { (string)f!["title"]!, (string)f["value"]! }),
            _ => Array.Empty<string>(),
        });

    private static List<string> TextRuns(JsonObject card) =>
        [.. CardJson.Elements(card).Where(e => CardJson.Type(e) == "RichTextBlock")
            .SelectMany(e => e["inlines"]!.AsArray().Select(i => (string)i!["text"]!))];
}
