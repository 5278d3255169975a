namespace ChatAssistant.Bot.Escalation;

public static class EscalationExtensions
{
    /// <summary>The chat side of escalation, the outbox worker and retention. The ticket store comes with the other stores (AddStateStores).</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<LastQuestion>();
        services.AddSingleton<ConsultationChannel>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<EscalationChat>();
        services.AddSingleton<TicketDelivery>();
        services.AddHostedService<OutboxWorker>();
        services.AddHostedService<RetentionWorker>();
        return services;
    }
}
