using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>
/// Reads <c>intents.yaml</c>: a list of <c>{ intent, lv: [...], en: [...] }</c>. The intent must be a known one, each
/// entry needs at least one message, and one message may not stand under two different intents.
/// </summary>
internal static class IntentExamplesReader
{
    public static IntentExamples Read(YamlNode root)
    {
        root.AllowOnly("intents");
        var list = root["intents"];
        var entries = list.List(entry =>
        {
            entry.AllowOnly("intent", "lv", "en");
            var intent = entry["intent"].Reference(IntentExamples.Names, "intent");
            var lv = entry["lv"].StringList(required: false);
            var en = entry["en"].StringList(required: false);
            if (lv.Count + en.Count == 0) entry.Error("an entry needs at least one example message under lv or en");
            return new IntentExample(intent, [.. lv, .. en], entry.Line);
        }, required: false);

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var message in entries[i].Messages)
            {
                var key = Search.TextFolding.Fold(message).Trim();
                if (seen.TryGetValue(key, out var other) && other != entries[i].Intent)
                {
                    list.ItemAt(i).Error($"'{message}' is also an example of '{other}': one message can only mean one intent");
                }
                seen.TryAdd(key, entries[i].Intent);
            }
        }
        return new IntentExamples(entries);
    }
}
