using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Bot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ChatAssistant.Bot.Tests.Telemetry;

public class TracingTests
{
    [Fact]
    public async Task EachTurnIsASpanOnTheBotsActivitySource()
    {
        var conversation = "conv-traced-" + Guid.NewGuid().ToString("N");
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AssistantTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();
        var activity = TestActivities.Message("help", "en-US", "groupChat");
        activity["conversation"]!["id"] = conversation;

        (await client.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();

        Assert.Contains(spans, s => s.DisplayName == "turn message" && (string?)s.GetTagItem("conversation.type") == "groupChat"
            && (string?)s.GetTagItem("channel") == "msteams");
    }

    [Fact]
    public void NothingIsExportedWithoutAnOtlpEndpoint()
    {
        using var factory = new BotApplicationFactory();
        factory.CreateClient().Dispose();
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void AnOtlpEndpointTurnsOnTheOpenTelemetrySdk()
    {
        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder => builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:1"));
        factory.CreateClient().Dispose();
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        Assert.NotNull(factory.Services.GetService<MeterProvider>());
    }
}
