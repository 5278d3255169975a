namespace ChatAssistant.Bot.Escalation;

public static class EscalationExtensions
{
    /// <summary>Tickets on the embedded store, the chat side, the outbox worker and retention.</summary>
    public static IServiceCollection AddEscalation(this IServiceCollection services)
    {
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ITicketStore, SqliteTicketStore>();
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
