using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>
/// Reads <c>questions.yaml</c>: a list of <c>{ unit, lv: [...], en: [...] }</c>. Each entry needs a phrasing in both
/// languages; that the unit exists is checked once the cards are loaded.
/// </summary>
internal static class PhrasingsReader
{
    public static Phrasings Read(YamlNode root)
    {
        root.AllowOnly("questions");
        return new Phrasings(root["questions"].List(entry =>
        {
            entry.AllowOnly("unit", "lv", "en");
            var unit = entry["unit"].RequiredString();
            var lv = entry["lv"].StringList();
            var en = entry["en"].StringList();
            return new Phrasing(unit, new Aliases(lv, en), entry.Line);
        }, required: false));
    }
}
