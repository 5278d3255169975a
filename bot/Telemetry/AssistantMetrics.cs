using System.Diagnostics;
using System.Diagnostics.Metrics;
using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Bot.Telemetry;

/// <summary>
/// The bot's own metrics. No user ids or question texts in tags: only channel, activity type, language and status.
/// The unanswered rate is <c>chatassistant.answers.unanswered</c> over <c>chatassistant.answers</c>.
/// </summary>
public sealed class AssistantMetrics
{
    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> answers;
    private readonly Counter<long> unanswered;
    private readonly Histogram<double> confidence;
    private readonly Counter<long> escalations;
    private readonly Counter<long> rateLimited;

    public AssistantMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(AssistantTelemetry.Name);
        turns = meter.CreateCounter<long>("chatassistant.turns", "{turn}", "Turns processed, by activity type and outcome.");
        turnDuration = meter.CreateHistogram<double>("chatassistant.turn.duration", "ms", "Time to process one turn.");
        answers = meter.CreateCounter<long>("chatassistant.answers", "{answer}", "Questions answered, by status.");
        unanswered = meter.CreateCounter<long>("chatassistant.answers.unanswered", "{answer}", "Questions the assistant could not answer from the cards.");
        confidence = meter.CreateHistogram<double>("chatassistant.answer.confidence", "1", "Confidence of each answer, 0 to 1.");
        escalations = meter.CreateCounter<long>("chatassistant.escalations", "{escalation}", "Questions passed on to a VARAM consultation, by source.");
        rateLimited = meter.CreateCounter<long>("chatassistant.turns.rate_limited", "{turn}", "Turns refused because the user sent too many.");
    }

    public void TurnCompleted(string activityType, string? channelId, string outcome, double milliseconds)
    {
        var tags = new TagList { { "activity.type", activityType }, { "channel", channelId ?? "" }, { "outcome", outcome } };
        turns.Add(1, tags);
        turnDuration.Record(milliseconds, tags);
    }

    public void Answered(Answer answer)
    {
        var tags = new TagList { { "status", StatusName(answer.Status) }, { "language", answer.Language.ToString().ToLowerInvariant() } };
        answers.Add(1, tags);
        confidence.Record(answer.Confidence, tags);
        // Small talk and feature requests are not questions the card failed to answer.
        if (answer.Status is AnswerStatus.Unknown or AnswerStatus.Consult) unanswered.Add(1, tags);
    }

    /// <summary>Called when an escalation ticket is created; <paramref name="source"/> says from where (e.g. "answer-card").</summary>
    public void EscalationCreated(string source) => escalations.Add(1, new KeyValuePair<string, object?>("source", source));

    public void RateLimited(string activityType) => rateLimited.Add(1, new KeyValuePair<string, object?>("activity.type", activityType));

    private static string StatusName(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.Consult => "consult",
        AnswerStatus.Unknown => "unknown",
        AnswerStatus.Conversation => "conversation",
        AnswerStatus.Request => "request",
        _ => "other",
    };
}
