using System.Diagnostics;

namespace ChatAssistant.Bot.Telemetry;

/// <summary>The names our traces and metrics are published under.</summary>
public static class AssistantTelemetry
{
    public const string Name = "ChatAssistant.Bot";

    public static readonly ActivitySource Source = new(Name);
}
