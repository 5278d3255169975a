using System.Diagnostics;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Bot.KnowledgeHost;

/// <summary>
/// Builds the index before the bot takes traffic. Invalid content throws here, which stops the host: the service
/// refuses to start rather than serve half of the content. Then answers a few questions on this one thread, so that
/// the understanding rules are compiled before many turns would compile them at once, and gives the native memory
/// that compiling used back to the system.
/// </summary>
internal sealed partial class KnowledgeStartup(IServiceProvider services, KnowledgeReadiness readiness, ILogger<KnowledgeStartup> logger) : IHostedService
{
    /// <summary>Questions of several kinds in both languages, with a follow-up: together they run every rule.</summary>
    private static readonly string[] WarmUpQuestions =
    [
        "kas izstrādā speciālos normatīvos aktus konkrētam pakalpojumam?",
        "esmu resursa vadītājs, ko man darīt pirms akta izveides?",
        "who approves the acts, and what happens if nobody does this task?",
        "show me my checklist for the service manager",
        "kuri uzdevumi ir grupā PU3?",
    ];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var index = services.GetRequiredService<KnowledgeIndex>();
        var snapshot = index.Current;
        LogIndexBuilt(snapshot.Knowledge.Cards.Count, snapshot.Units.Count, snapshot.BuildTime.TotalMilliseconds);
        var clock = Stopwatch.StartNew();
        var engine = new AnswerEngine(index, cacheAnswers: false);
        Answer? previous = null;
        foreach (var question in WarmUpQuestions) previous = engine.Ask(question, previous: previous?.Context);
        engine.Ask("un resursu kopuma vadītājs?", previous: previous?.Context);
        LogWarmedUp(clock.Elapsed.TotalMilliseconds, NativeHeap.Trim());
        readiness.MarkReady();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge index built with {Cards} card(s) and {Units} answer units in {ElapsedMs} ms")]
    private partial void LogIndexBuilt(int cards, int units, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer engine warmed up in {ElapsedMs} ms; native memory returned: {Trimmed}")]
    private partial void LogWarmedUp(double elapsedMs, bool trimmed);
}
