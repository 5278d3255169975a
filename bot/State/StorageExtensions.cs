using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Unanswered;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

public static class StorageExtensions
{
    /// <summary>
    /// Bot state, checklists, tickets and feedback on the embedded SQLite file, or on Azure Storage when
    /// <see cref="StorageOptions.AzureConnectionString"/> or the service endpoints are set. Call it after every other
    /// registration of these stores: it replaces them with the configured choice.
    /// </summary>
    public static IServiceCollection AddStateStores(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>());
        services.TryAddSingleton<StoreReadiness>();
        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqliteStorage>();
        services.TryAddSingleton<SqliteChecklistStore>();
        services.TryAddSingleton<SqliteTicketStore>();
        services.TryAddSingleton<SqliteFeedbackStore>();
        services.TryAddSingleton<SqliteUnansweredStore>();

        services.TryAddSingleton<AzureStorageClients>();
        services.TryAddSingleton(sp => new BlobStorage(sp.GetRequiredService<AzureStorageClients>().StateContainer));
        services.TryAddSingleton(sp => new TableChecklistStore(sp.GetRequiredService<AzureStorageClients>().Checklists));
        services.TryAddSingleton(sp => new TableTicketStore(sp.GetRequiredService<AzureStorageClients>().Tickets));
        services.TryAddSingleton(sp => new TableFeedbackStore(sp.GetRequiredService<AzureStorageClients>().Feedback));
        services.TryAddSingleton(sp => new TableUnansweredStore(sp.GetRequiredService<AzureStorageClients>().Unanswered));
        services.AddHostedService<AzureStorageInitializer>();

        Choose<IStorage, SqliteStorage, BlobStorage>(services);
        Choose<IChecklistStore, SqliteChecklistStore, TableChecklistStore>(services);
        Choose<ITicketStore, SqliteTicketStore, TableTicketStore>(services);
        Choose<IFeedbackStore, SqliteFeedbackStore, TableFeedbackStore>(services);
        Choose<IUnansweredStore, SqliteUnansweredStore, TableUnansweredStore>(services);
        return services;
    }

    private static void Choose<TService, TSqlite, TAzure>(IServiceCollection services)
        where TService : class
        where TSqlite : TService
        where TAzure : TService
    {
        services.RemoveAll<TService>();
        services.AddSingleton<TService>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesAzure
            ? sp.GetRequiredService<TAzure>()
            : sp.GetRequiredService<TSqlite>());
    }
}
