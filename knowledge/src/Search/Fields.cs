namespace ChatAssistant.Knowledge.Search;

/// <summary>The fields of an indexed answer unit.</summary>
internal static class Fields
{
    public const string Id = "id";
    public const string Latvian = "lv";
    public const string English = "en";
    public const string Names = "names";

    /// <summary>The editors' phrasings of each unit (questions.yaml), a field of their own in each language.</summary>
    public const string QuestionsLatvian = "q_lv";
    public const string QuestionsEnglish = "q_en";
}
