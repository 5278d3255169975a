namespace ChatAssistant.Knowledge.Model;

/// <summary>The two languages the assistant speaks. Latvian is the language of the source material.</summary>
public enum Language
{
    Lv,
    En,
}

/// <summary>A piece of text in both languages. Content files write it as <c>{ lv: ..., en: ... }</c>.</summary>
public sealed record Text(string Lv, string En)
{
    public string In(Language language) => language == Language.Lv ? Lv : En;
}
