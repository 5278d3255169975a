using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>What a question about the task map as a whole asks for: how many tasks there are, or which repeat.</summary>
internal static class CatalogueAsks
{
    private static readonly Regex Count = Pattern(@"\bcik\b|\bhow many\b|\bnumber of tasks\b|\bskait\w*|\bkopskait\w*|\bcount\b|\btotal\b");
    private static readonly Regex Repeated = Pattern(@"\batkartoj\w*|\brepeat\w*|\bseveral places\b|\bmore than one place\b|\bvairakas vietas\b|\bmultiple places\b|\bmultiple times\b|\bmore than once\b|\bshow up\b|\bdot\b|\bpunkt\w*|\baplit\w*");

    public static string? Of(string folded) => Repeated.IsMatch(folded) ? "repeated" : Count.IsMatch(folded) ? "count" : null;

    private static Regex Pattern(string pattern) => new RulePattern(pattern);
}
