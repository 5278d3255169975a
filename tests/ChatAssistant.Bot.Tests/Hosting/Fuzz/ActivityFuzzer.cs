using System.Text;
using System.Text.Json.Nodes;

namespace ChatAssistant.Bot.Tests.Hosting.Fuzz;

/// <summary>
/// Seeded generator of hostile request bodies for /api/messages: random and malformed activities, wrong JSON types,
/// missing fields, huge strings, deep nesting, invalid UTF-8 and unpaired surrogates, the hostile text of
/// <see cref="HostileTextFuzzTests"/> (Unicode digits, bidi and zero-width characters, markdown and links, 10,000-character
/// action names), and forged card submits (the
/// bot's own <c>{"action": ..., "v": 1, ...}</c> payloads with wrong, missing or hostile fields). Same seed, same bodies.
/// </summary>
internal sealed class ActivityFuzzer(int seed, string victimId, string victimChecklistVersion)
{
    private static readonly string[] Actions =
    [
        "qa.ask", "qa.followup", "feedback", "help", "escalate.start", "checklist.start", "checklist.open", "checklist.save",
        "checklist.reset", "checklist.export", "checklist.refresh", "checklist.mine", "", "QA.ASK", "nope", "../../etc/passwd",
        "ticket.claim", "ticket.answer", "ticket.reopen", new string('a', 10_000), "checklist.save" + new string('\u200B', 10_000),
    ];

    private static readonly string[] ActivityTypes =
    [
        "message", "message", "message", "invoke", "invoke", "conversationUpdate", "installationUpdate", "event", "typing",
        "messageReaction", "endOfConversation", "messageUpdate", "messageDelete", "", "MESSAGE", "💥", "trace", "handoff",
    ];

    private static readonly string[] Texts =
    [
        "kas izstrada normativos aktus konkretam pakalpojumam", "help", "palīdzība", "kontrolsaraksts", "checklist", "mani kontrolsaraksti",
        "atcelt", "cancel", "pu2-7", "kontrolsaraksts pakalpojuma vadītājam: Noteikumi X", "resursa vadītājs", "<at>ChatAssistant</at> help",
        "'; DROP TABLE bot_state; --", "{{template}}", "${jndi:ldap://x}", "\u0000", "\u202e\u202dabc", "🙂🙃", "a\u0301\u0302\u0303",
        .. HostileTextFuzzTests.Hostile,
    ];

    private readonly Random random = new(seed);

    public (string Kind, byte[] Body) Next()
    {
        var roll = random.Next(100);
        if (roll < 4) return ("not json", RawGarbage());
        if (roll < 7) return ("invalid utf-8", InvalidUtf8());
        if (roll < 10) return ("deep json", Utf8(DeepActivity().ToJsonString()));
        if (roll < 30) return ("forged card submit", Utf8(ForgedSubmit().ToJsonString()));
        if (roll < 40) return ("wrong json types", Utf8(WrongTypes().ToJsonString()));
        if (roll < 50) return ("missing fields", Utf8(MissingFields().ToJsonString()));
        if (roll < 52) return ("huge strings", Utf8(Huge().ToJsonString()));
        return ("random activity", Utf8(RandomActivity().ToJsonString()));
    }

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private JsonObject Base(string? type = null) => new()
    {
        ["type"] = type ?? Pick(ActivityTypes),
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = random.Next(10) == 0 ? Pick(["", "webchat", "emulator", "msteams\u0000", "directline"]) : "msteams",
        ["serviceUrl"] = random.Next(10) == 0 ? Pick(["", "not a url", "javascript:alert(1)", "http://127.0.0.1:1/a b"]) : "http://127.0.0.1:1/",
        // Occasionally not expectReplies: replies then go to the (refusing) serviceUrl and must still end the turn.
        ["deliveryMode"] = random.Next(20) == 0 ? Pick(["normal", "", "notification", "ephemeral"]) : "expectReplies",
        ["text"] = Text(),
        ["locale"] = Pick(["lv-LV", "en-US", "", "xx", "lv", "en", "zz-ZZ-x-private", "\u0000"]),
        ["from"] = new JsonObject { ["id"] = "fuzz-user-" + random.Next(40), ["name"] = Text() },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "ChatAssistant" },
        ["conversation"] = new JsonObject
        {
            ["id"] = "fuzz-conv-" + random.Next(40),
            ["conversationType"] = Pick(["personal", "personal", "channel", "groupChat", "", "🙂"]),
            ["isGroup"] = random.Next(4) == 0,
        },
    };

    private JsonObject RandomActivity()
    {
        var activity = Base();
        if (random.Next(3) == 0) activity["name"] = Pick(["adaptiveCard/action", "task/fetch", "composeExtension/query", "signin/verifyState", "", "x"]);
        if (random.Next(3) == 0) activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = Pick(["bot-1", "someone", ""]), ["name"] = "ChatAssistant" },
            ["text"] = Pick(["<at>ChatAssistant</at>", "", "<at>", Text()]),
        });
        if (random.Next(4) == 0) activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Pick(["bot-1", "fuzz-user-1", ""]) });
        if (random.Next(4) == 0) activity["action"] = Pick(["add", "remove", "", "💥"]);
        if (random.Next(5) == 0) activity["value"] = RandomJson(3);
        return activity;
    }

    private JsonObject ForgedSubmit()
    {
        var data = new JsonObject { ["action"] = Pick(Actions), ["v"] = PickNode([1, 1, 1, 2, 0, -1, "1", null, 1.5, true]) };
        // Aimed at the victim's stored checklist: the right card, role and name, a forged owner or version.
        foreach (var (name, value) in new (string, JsonNode?)[]
        {
            ("q", Text()), ("unit", PickNode(["PU2-6.u1", "", "../../x", null, 7])), ("label", Text()), ("helpful", PickNode([true, false, "yes", null])),
            ("question", Text()), ("card", PickNode(["PU2-6", "PU2-6", "PU2-7", "", null, 12])), ("role", PickNode(["service-owner", "service-owner", "resource-owner", "boss", null])),
            ("name", PickNode(["Noteikumi X", "Noteikumi X", "", null, new string('n', 5000)])), ("owner", PickNode([victimId, victimId, "fuzz-user-1", "", null])),
            ("ver", PickNode([victimChecklistVersion, "0ld0ld", "", null, 3])), ("rev", PickNode([0, 1, 2, -1, long.MaxValue, "1", null, 1e308])),
            ("lang", PickNode(["lv", "en", "", "xx", null])), ("item.duty.identify", PickNode(["false", "true", true, null, 1])),
            ("item.duty.develop", PickNode(["true", "false", "", "maybe"])), ("item.../../x", PickNode(["true", null])),
        })
        {
            if (random.Next(3) > 0) data[name] = value;
        }

        var activity = Base(random.Next(2) == 0 ? "invoke" : "message");
        if ((string?)activity["type"] == "invoke")
        {
            activity["name"] = random.Next(5) == 0 ? Pick(["adaptiveCard/action ", "task/submit", ""]) : "adaptiveCard/action";
            activity["value"] = random.Next(6) == 0
                ? RandomJson(2)
                : new JsonObject { ["action"] = new JsonObject { ["type"] = Pick(["Action.Execute", "Action.Submit", ""]), ["verb"] = (string?)data["action"] is { } v ? v : null, ["data"] = data } };
        }
        else
        {
            activity["text"] = random.Next(3) == 0 ? Text() : null;
            activity["value"] = random.Next(8) == 0 ? RandomJson(2) : data;
        }
        return activity;
    }

    private JsonObject WrongTypes()
    {
        var activity = Base();
        var fields = new[] { "text", "from", "recipient", "conversation", "locale", "channelId", "serviceUrl", "entities", "attachments", "value", "timestamp", "replyToId", "membersAdded", "channelData", "id" };
        for (var i = random.Next(1, 4); i > 0; i--) activity[Pick(fields)] = RandomJson(2);
        if (random.Next(3) == 0 && activity["conversation"] is JsonObject conversation) conversation["id"] = RandomJson(1);
        return activity;
    }

    private JsonObject MissingFields()
    {
        var activity = Base();
        var fields = new[] { "id", "channelId", "serviceUrl", "deliveryMode", "text", "locale", "from", "recipient", "conversation" };
        foreach (var field in fields.Where(_ => random.Next(3) == 0)) activity.Remove(field);
        return activity;
    }

    private JsonObject Huge()
    {
        var activity = Base(random.Next(2) == 0 ? "message" : null);
        var size = random.Next(10_000, 240_000);
        var unit = Pick(["a", "ā", "🙂", "kas izstrada ", "<at>x</at>", " "]);
        var builder = new StringBuilder(size);
        while (builder.Length < size / 3) builder.Append(unit);
        activity[Pick(["text", "text", "locale", "id"])] = builder.ToString();
        return activity;
    }

    private JsonObject DeepActivity()
    {
        var activity = Base();
        JsonNode node = "bottom";
        for (var depth = random.Next(10, 300); depth > 0; depth--) node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["x"] = node };
        activity[Pick(["value", "channelData", "entities", "text"])] = node;
        return activity;
    }

    private byte[] RawGarbage()
    {
        var texts = new[] { "", "{", "}", "[]", "null", "true", "\"message\"", "{\"type\":", "{\"type\":\"message\",\"text\":\"unterminated", "<xml/>", "{\"type\":\"message\"}}}}" };
        if (random.Next(2) == 0) return Utf8(Pick(texts));
        var bytes = new byte[random.Next(1, 2000)];
        random.NextBytes(bytes);
        return bytes;
    }

    private byte[] InvalidUtf8()
    {
        var json = Base("message").ToJsonString();
        var at = json.IndexOf("\"text\":\"", StringComparison.Ordinal);
        var prefix = Encoding.UTF8.GetBytes(json[..(at + 8)]);
        var suffix = Encoding.UTF8.GetBytes("\"" + json[(json.IndexOf("\",\"locale\"", StringComparison.Ordinal) + 1)..]);
        byte[] bad = Pick<byte[]>([[0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFF, 0xFE], [0xE2, 0x82]]);
        return [.. prefix, .. bad, .. suffix];
    }

    private string Text()
    {
        var roll = random.Next(10);
        if (roll < 4) return Pick(Texts);
        if (roll < 5) return "\ud800 lone surrogate \udfff";
        var length = random.Next(0, 200);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)(random.Next(3) == 0 ? random.Next(0x20, 0x7F) : random.Next(0, 0xFFFF));
        return new string(chars);
    }

    private JsonNode? RandomJson(int depth)
    {
        return random.Next(depth <= 0 ? 6 : 8) switch
        {
            0 => null,
            1 => random.Next(),
            2 => random.NextDouble() * 1e300,
            3 => random.Next(2) == 0,
            4 or 5 => Text(),
            6 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(depth - 1)).ToArray()),
            _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create(Pick(["action", "v", "type", "id", "text", "data"]) + i, RandomJson(depth - 1)))),
        };
    }

    private T Pick<T>(IReadOnlyList<T> options) => options[random.Next(options.Count)];

    private JsonNode? PickNode(object?[] options) => options[random.Next(options.Length)] switch
    {
        null => null,
        string text => JsonValue.Create(text),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        var other => JsonValue.Create(other.ToString()),
    };
}
