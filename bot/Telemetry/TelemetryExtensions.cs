using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChatAssistant.Bot.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Our ActivitySource and Meter plus ASP.NET Core's, through the OpenTelemetry SDK. The OTLP exporter is added only
    /// when OTEL_EXPORTER_OTLP_ENDPOINT is set (it reads the standard OTEL_* variables); otherwise nothing is exported.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<AssistantMetrics>();
        builder.Services.AddSingleton<TurnTelemetryMiddleware>();

        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return builder;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .AddSource(AssistantTelemetry.Name)
                .AddSource("Microsoft.AspNetCore")
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(AssistantTelemetry.Name)
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
                .AddOtlpExporter());
        return builder;
    }
}
