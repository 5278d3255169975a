using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ChatAssistant.Bot.Tests.Hosting.Fuzz;

/// <summary>
/// Hostile text in every place a sender controls (message text, ticket ids, checklist task ids, card action names and
/// field values): Unicode digits (full-width, Arabic-Indic), bidi overrides and zero-width characters, markdown and
/// link syntax, and 10,000-character action names. The bot must never answer 5xx, must always reply, and no reply
/// card may render the sender's link: the input's "](https://evil.example" never appears in a TextBlock's text.
/// </summary>
public class HostileTextFuzzTests
{
    internal const string EvilLink = "](https://evil.example";


    internal static readonly string[] Hostile =
    [
        "VARAM-２０２６-０００１", // full-width digits
        "VARAM-٢٠٢٦-٠٠٠١", // Arabic-Indic digits
        "VARAM-۲۰۲۶-۱", // extended Arabic-Indic digits
        "VARAM-2026-\u200B1", // zero-width space inside the number
        "VARAM-2026-1\u202E1000", // right-to-left override
        "\u2066VARAM-2026-1\u2069\u200D\uFEFF",
        "[Open](https://evil.example)",
        "[Open in the VARAM portal](https://evil.example/login) **x** # h",
        "**x**",
        "# h",
        "item.duty.٣",
        "item.duty.identify\u200B",
        new string('a', 10_000),
        "ticket." + new string('x', 10_000),
    ];

    private static readonly string[] Verbs =
    [
        "qa.ask", "qa.followup", "escalate.start", "ticket.claim", "ticket.answer", "ticket.reopen", "checklist.start", "checklist.open",
        "checklist.save", "checklist.reset", "checklist.export", "checklist.mine",
    ];

    public static TheoryData<int> Inputs() => [.. Enumerable.Range(0, Hostile.Length)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task HostileTextNeverGets5xxAlwaysGetsAReplyAndNeverRendersTheSendersLink(int input)
    {
        var hostile = Hostile[input];
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        var failures = new List<string>();
        var textBlocks = 0;

        // As a message: alone, as a ticket command, and as a question.
        foreach (var text in new[] { hostile, "statuss " + hostile, "mani pieteikumi " + hostile, "kas izstrādā " + hostile + " normatīvos aktus?" })
        {
            textBlocks += await CheckAsync(client, TestActivities.Message(text), "message " + Short(text), expectReplies: true, failures);
        }

        foreach (var verb in Verbs.Append(hostile))
        {
            // The hostile text as the ticket id, a task id, every field value, and (last) as the action name itself.
            var data = new JsonObject
            {
                ["action"] = verb, ["v"] = 1, ["id"] = hostile, ["rev"] = 0, ["lang"] = "lv", ["card"] = hostile, ["role"] = hostile,
                ["name"] = hostile, ["owner"] = "user-1", ["ver"] = hostile, ["answer"] = hostile, [hostile.Length > 200 ? "item.x" : "item." + hostile] = "true",
            };

            var invoke = TestActivities.Message("");
            invoke["type"] = "invoke";
            invoke["name"] = "adaptiveCard/action";
            invoke.Remove("deliveryMode");
            invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
            textBlocks += await CheckAsync(client, invoke, "invoke " + Short(verb), expectReplies: false, failures);

            var submit = TestActivities.Message("");
            submit["value"] = data.DeepClone();
            textBlocks += await CheckAsync(client, submit, "submit " + Short(verb), expectReplies: true, failures);
        }

        Assert.True(failures.Count == 0, $"input #{input} {Short(hostile)}:\n" + string.Join("\n", failures));
        // The link check looked at cards: the replies held TextBlocks to read.
        Assert.True(textBlocks > 0, "no TextBlock in any reply");
    }

    /// <summary>Posts the activity and records what is wrong with the answer; returns how many TextBlocks it held.</summary>
    private static async Task<int> CheckAsync(HttpClient client, JsonObject activity, string what, bool expectReplies, List<string> failures)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{what}: {(int)response.StatusCode}");
            return 0;
        }
        if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
        {
            failures.Add($"{what}: no reply ({(int)response.StatusCode}, {body.Length} bytes)");
            return 0;
        }
        var json = JsonNode.Parse(body);
        if (expectReplies && json?["activities"] is not JsonArray { Count: > 0 }) failures.Add($"{what}: no reply activity");
        var texts = TextBlockTexts(json).ToList();
        foreach (var text in texts)
        {
            if (text.Contains(EvilLink, StringComparison.Ordinal)) failures.Add($"{what}: a TextBlock renders the sender's link: {Short(text)}");
        }
        return texts.Count;
    }

    /// <summary>The text of every TextBlock anywhere in the response, including cards inside reply activities.</summary>
    internal static IEnumerable<string> TextBlockTexts(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "TextBlock" && o["text"] is JsonValue text && text.TryGetValue<string>(out var s))
                {
                    yield return s;
                }
                foreach (var (_, value) in o)
                {
                    foreach (var inner in TextBlockTexts(value)) yield return inner;
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    foreach (var inner in TextBlockTexts(item)) yield return inner;
                }
                break;
        }
    }

    private static string Short(string text) => text.Length > 80 ? text[..80] + $"… ({text.Length} chars)" : text;
}
