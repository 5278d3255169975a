using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.State;

public static class StorageExtensions
{
    /// <summary>
    /// Bot state (conversation and user) on the embedded SQLite file, or on Azure Storage when
    /// <see cref="StorageOptions.AzureConnectionString"/> or the service endpoints are set; and the means for each
    /// feature to choose its own store the same way (<see cref="AddStore{TService, TSqlite, TAzure}"/>).
    /// </summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>());
        services.AddSingleton<StoreReadiness>();
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<AzureStorageClients>();
        services.AddHostedService<AzureStorageInitializer>();

        services.AddStore<IStateStorage, SqliteStorage, BlobStorage>(sp => new BlobStorage(sp.GetRequiredService<AzureStorageClients>().StateContainer));
        services.AddSingleton<IStorage>(sp => sp.GetRequiredService<IStateStorage>());
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        return builder;
    }

    /// <summary>
    /// A feature's store: <typeparamref name="TSqlite"/> on the embedded database, or the Azure one that
    /// <paramref name="azure"/> builds when the storage settings name Azure Storage. Only the chosen one is created.
    /// </summary>
    public static IServiceCollection AddStore<TService, TSqlite, TAzure>(this IServiceCollection services, Func<IServiceProvider, TAzure> azure)
        where TService : class
        where TSqlite : class, TService
        where TAzure : class, TService
    {
        services.AddSingleton<TSqlite>();
        services.AddSingleton(azure);
        services.AddSingleton<TService>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.UsesAzure
            ? sp.GetRequiredService<TAzure>()
            : sp.GetRequiredService<TSqlite>());
        return services;
    }

    /// <summary>The Azure Storage clients, for a feature's <see cref="AddStore{TService, TSqlite, TAzure}"/>.</summary>
    public static AzureStorageClients AzureStorage(this IServiceProvider services) => services.GetRequiredService<AzureStorageClients>();
}
