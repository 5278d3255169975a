using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bot.Tests.Telemetry;

/// <summary>Real turns over HTTP, measured with a MeterListener on this host's own meter.</summary>
public class MetricsTests
{
    private sealed class Recorded : IDisposable
    {
        private readonly MeterListener listener = new();
        public ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)> Measurements { get; } = [];

        public Recorded(IMeterFactory scope)
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AssistantTelemetry.Name && instrument.Meter.Scope == scope) l.EnableMeasurementEvents(instrument);
            };
            listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
            listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
            listener.Start();
        }

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
            Measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

        public List<(double Value, Dictionary<string, object?> Tags)> Of(string instrument) =>
            Measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags)).ToList();

        public void Dispose() => listener.Dispose();
    }

    [Fact]
    public async Task TurnsAnswersConfidenceAndUnansweredAreMeasured()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        using var recorded = new Recorded(factory.Services.GetRequiredService<IMeterFactory>());

        (await client.PostAsJsonAsync("/api/messages", TestActivities.Message("kas izstrada normativos aktus konkretam pakalpojumam"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/messages", TestActivities.Message("what is the capital of Australia?", "en-US"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/messages", TestActivities.Message("help", "en-US"))).EnsureSuccessStatusCode();

        var turns = recorded.Of("chatassistant.turns");
        Assert.Equal(3, turns.Count);
        Assert.All(turns, t => Assert.Equal("message", t.Tags["activity.type"]));
        Assert.All(turns, t => Assert.Equal("ok", t.Tags["outcome"]));
        Assert.Equal(3, recorded.Of("chatassistant.turn.duration").Count);

        var answers = recorded.Of("chatassistant.answers");
        Assert.Equal(2, answers.Count);
        var confidence = recorded.Of("chatassistant.answer.confidence");
        Assert.Equal(2, confidence.Count);
        Assert.Contains(confidence, c => (string?)c.Tags["status"] == "answered" && c.Value >= 0.45 && c.Value <= 1);
        var unanswered = Assert.Single(recorded.Of("chatassistant.answers.unanswered"));
        Assert.Equal("unknown", unanswered.Tags["status"]);
        Assert.Equal("en", unanswered.Tags["language"]);
    }

    [Fact]
    public void EscalationCreatedCountsBySource()
    {
        using var services = new ServiceCollection().AddMetrics().AddSingleton<AssistantMetrics>().BuildServiceProvider();
        using var recorded = new Recorded(services.GetRequiredService<IMeterFactory>());
        var metrics = services.GetRequiredService<AssistantMetrics>();

        metrics.EscalationCreated("answer-card");
        metrics.EscalationCreated("answer-card");
        metrics.EscalationCreated("command");

        var escalations = recorded.Of("chatassistant.escalations");
        Assert.Equal(2, escalations.Count(e => (string?)e.Tags["source"] == "answer-card"));
        Assert.Single(escalations, e => (string?)e.Tags["source"] == "command");
    }
}
