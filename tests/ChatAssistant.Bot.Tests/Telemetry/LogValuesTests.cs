using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Tests.Escalation;
using ChatAssistant.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bot.Tests.Telemetry;

/// <summary>
/// What a sender chooses (card action and field names, the form's origin, the channel id) reaches logs and metric
/// tags only through allow-lists; anything else is "unknown". Real turns over HTTP, the host's own logs and meter.
/// </summary>
public class LogValuesTests
{
    private const string Planted = "planted-by-sender";

    [Fact]
    public async Task AForgedCardActionAndItsFieldNamesAreLoggedAsUnknown()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        var activity = TestActivities.Message("");
        activity["value"] = new JsonObject { ["action"] = Planted + new string('A', 5000), ["v"] = 1, [Planted + "-field"] = "x", ["q"] = "y" };

        (await client.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();

        var lines = factory.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("Rejected card action unknown with fields unknown,q", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Planted, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFormsOriginAndAChannelIdTagMetricsOnlyFromTheAllowList()
    {
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        var measured = new ConcurrentBag<(string Instrument, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        var scope = factory.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == AssistantTelemetry.Name && instrument.Meter.Scope == scope) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, _, tags, _) => measured.Add((i.Name, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.SetMeasurementEventCallback<double>((i, _, tags, _) => measured.Add((i.Name, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        var form = TestActivities.Message("");
        var value = JsonNode.Parse(EscalationScenario.Form(Guid.NewGuid().ToString("N")).ToString())!.AsObject();
        value["origin"] = Planted;
        form["value"] = value;
        (await client.PostAsJsonAsync("/api/messages", form)).EnsureSuccessStatusCode();
        var otherChannel = TestActivities.Message("help", "en-US");
        otherChannel["channelId"] = Planted;
        (await client.PostAsJsonAsync("/api/messages", otherChannel)).EnsureSuccessStatusCode();

        var escalation = Assert.Single(measured, m => m.Instrument == "chatassistant.escalations");
        Assert.Equal("unknown", escalation.Tags["source"]);
        Assert.DoesNotContain(measured, m => m.Tags.Values.Any(v => v is string s && s.Contains(Planted, StringComparison.Ordinal)));
        Assert.Contains(measured, m => m.Instrument == "chatassistant.turns" && (string?)m.Tags["channel"] == "unknown");
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(Planted, StringComparison.Ordinal));
    }
}
