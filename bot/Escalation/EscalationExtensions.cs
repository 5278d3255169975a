using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Escalation;

public static class EscalationExtensions
{
    /// <summary>Escalation in the chat, the ticket store, the outbox that delivers tickets and answers, and retention (open tickets left untouched are closed, finished ones deleted).</summary>
    public static IHostApplicationBuilder AddEscalation(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.Section);
        services.AddStore<ITicketStore, SqliteTicketStore, TableTicketStore>(sp => new TableTicketStore(sp.AzureStorage().Tickets));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ConsultationChannel>();
        services.AddSingleton<EscalationService>();
        services.AddSingleton<EscalationChat>();
        services.AddSingleton<TicketDelivery>();
        services.AddHostedService<OutboxWorker>();
        services.AddHostedService<RetentionWorker>();
        services.AddHostedService<OpenTicketRetentionWorker>();
        return builder;
    }
}
