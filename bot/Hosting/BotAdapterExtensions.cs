using ChatAssistant.Bot.Hosting.Clients;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Hosting;

public static class BotAdapterExtensions
{
    public const string DefaultAddress = "http://localhost:3978";

    /// <summary>Listens on the Bot Framework's usual local address unless ASPNETCORE_URLS (or --urls) says otherwise.</summary>
    public static WebApplicationBuilder UseDefaultBotAddress(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultAddress);
        return builder;
    }

    /// <summary>
    /// The Bot Framework adapter: its credentials and their checks, the connector clients, and the turn middleware in
    /// exactly the order given (each type registered by its own feature). The bot itself is registered apart.
    /// </summary>
    public static IHostApplicationBuilder AddBotAdapter(this IHostApplicationBuilder builder, params Type[] middleware)
    {
        var notMiddleware = middleware.FirstOrDefault(t => !typeof(Microsoft.Bot.Builder.IMiddleware).IsAssignableFrom(t));
        if (notMiddleware is not null) throw new ArgumentException($"{notMiddleware.Name} is not turn middleware.", nameof(middleware));

        builder.Services.AddOptions<BotCredentialsOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsValidation>();
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section);

        builder.Services.AddHttpClient();
        builder.Services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section);
        builder.Services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
            sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.ShareClients
                ? new ReusedBotClients(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<ReusedBotClients>>())
                : sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>());
        builder.Services.AddSingleton<TeamsTenantGate>();
        builder.Services.AddSingleton(sp => new TurnMiddleware([.. middleware.Select(t => (Microsoft.Bot.Builder.IMiddleware)sp.GetRequiredService(t))]));
        builder.Services.AddSingleton<AssistantAdapter>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AssistantAdapter>());
        builder.Services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<AssistantAdapter>());

        builder.Services.AddHostedService<LocalModeWarning>();
        builder.Services.AddHostedService<UnresolvedKeyVaultReferenceWarning>();
        builder.Services.AddHostedService<TurnStateRetentionWorker>();
        return builder;
    }
}

/// <summary>The adapter's middleware, outermost first.</summary>
public sealed record TurnMiddleware(IReadOnlyList<Microsoft.Bot.Builder.IMiddleware> Order);
