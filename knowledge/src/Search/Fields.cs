namespace ChatAssistant.Knowledge.Search;

/// <summary>The fields of an indexed answer unit.</summary>
internal static class Fields
{
    public const string Id = "id";
    public const string Latvian = "lv";
    public const string English = "en";
    public const string Names = "names";
}
