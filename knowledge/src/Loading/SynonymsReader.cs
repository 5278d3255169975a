using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Loading;

internal static class SynonymsReader
{
    public static Synonyms Read(YamlNode root)
    {
        root.AllowOnly("groups");
        var groups = root["groups"].List(group =>
        {
            var words = group.StringList();
            if (words.Count == 1) group.Error("a synonym group needs at least two words");
            return words;
        });
        return new Synonyms(groups);
    }
}
