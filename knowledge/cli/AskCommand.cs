using System.Text.Json;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Cli;

internal static class AskCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args)
    {
        var json = false;
        string? locale = null, content = null;
        var questions = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json": json = true; break;
                case "--locale" when i + 1 < args.Length: locale = args[++i]; break;
                case "--content" when i + 1 < args.Length: content = args[++i]; break;
                default: questions.Add(args[i]); break;
            }
        }
        if (questions.Count == 0)
        {
            for (var line = Console.ReadLine(); line is not null; line = Console.ReadLine())
            {
                if (line.Trim().Length > 0) questions.Add(line);
            }
        }

        using var index = new KnowledgeIndex(ContentLocator.Resolve(content));
        var engine = new AnswerEngine(index);
        foreach (var question in questions)
        {
            var answer = engine.Ask(question, locale);
            if (json) Console.WriteLine(JsonSerializer.Serialize(answer, Json));
            else Print(answer);
        }
        return 0;
    }

    private static void Print(Answer a)
    {
        Console.WriteLine($"? {a.Question}");
        Console.WriteLine($"  [{a.Status}, {a.Language}, {a.Kind}, confidence {a.Confidence:0.000}] {a.Title}");
        Console.WriteLine($"  {a.Direct}");
        foreach (var f in a.Facts) Console.WriteLine($"   - {f.Text}{(f.Unclear is null ? "" : $"  (unclear: {f.Unclear})")}");
        if (a.Uncertainty is not null) Console.WriteLine($"  ! {a.Uncertainty}");
        if (a.Citation is not null) Console.WriteLine($"  source: {a.Citation}");
        if (a.OfferEscalation) Console.WriteLine("  -> offers escalation to a VARAM consultation");
        foreach (var h in a.Hits.Take(5)) Console.WriteLine($"    {h.Score,6:0.000}  bm25 {h.SearchScore,6:0.00}  {h.UnitId}");
        Console.WriteLine();
    }
}
