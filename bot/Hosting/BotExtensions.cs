using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Conversation;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Unanswered;
using ChatAssistant.Bot.Hosting.Clients;
using ChatAssistant.Bot.QnA;
using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ChatAssistant.Bot.Hosting;

public static class BotExtensions
{
    public const string DefaultAddress = "http://localhost:3978";

    /// <summary>Listens on the Bot Framework's usual local address unless ASPNETCORE_URLS (or --urls) says otherwise.</summary>
    public static WebApplicationBuilder UseDefaultBotAddress(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"])) builder.WebHost.UseUrls(DefaultAddress);
        return builder;
    }

    /// <summary>The Bot Framework adapter, state on the embedded store or Azure Storage, the dialog stack and its flows, and the bot.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BotCredentialsOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<BotCredentialsOptions>, BotCredentialsValidation>();
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section);
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section);

        builder.Services.AddHttpClient();
        builder.Services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section);
        builder.Services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ConnectorOptions>>().Value.ShareClients
                ? new ReusedBotClients(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<ReusedBotClients>>())
                : sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>());
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, Identity.TeamsTenantGate>();
        builder.Services.AddSingleton<AssistantAdapter>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AssistantAdapter>());
        builder.Services.AddSingleton<BotAdapter>(sp => sp.GetRequiredService<AssistantAdapter>());

        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<UserState>();

        builder.Services.AddSingleton<ChecklistService>();
        builder.Services.AddSingleton<ChecklistCardHandler>();
        builder.Services.AddEscalation();
        builder.Services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section);
        builder.Services.AddHostedService<FeedbackRetentionWorker>();
        builder.Services.AddHostedService<UnansweredRetentionWorker>();

        builder.Services.AddSingleton<UnansweredReport>();
        builder.Services.AddSingleton<QnaChat>();
        builder.Services.AddSingleton<IFlow, QnaFlow>();
        builder.Services.AddSingleton<IFlow, ChecklistFlow>();
        builder.Services.AddSingleton<DialogStack>();
        builder.Services.AddSingleton<CardSubmitRouter>();
        builder.Services.AddSingleton<IBot, AssistantBot>();
        builder.Services.AddHostedService<LocalModeWarning>();
        builder.Services.AddHostedService<UnresolvedKeyVaultReferenceWarning>();

        // Last: picks SQLite or Azure Storage for the state, checklist and ticket stores registered above.
        builder.Services.AddStateStores();
        return builder;
    }
}
