using ChatAssistant.Bot.Admin;
using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.State;
using ChatAssistant.Bot.Telemetry;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>
/// The real bot, from the host's own registrations (Program.cs), on the real SQLite store and the real content,
/// behind the SDK's TestAdapter. Overridden: the clock, the options given, and the bot's background jobs, which do
/// not run (a test runs the outbox itself, when it wants). A new instance over the same database file is a restart.
/// </summary>
internal sealed class TestBot
{
    /// <summary>Built once: every bot in the run answers from the same content.</summary>
    internal static readonly Lazy<KnowledgeIndex> SharedIndex = new(() => new KnowledgeIndex(ContentLocator.Resolve(null)));

    private readonly IServiceProvider services;

    public TestBot(string? databasePath = null, EscalationOptions? escalation = null, TimeProvider? time = null, AdminOptions? admin = null)
    {
        DatabasePath = databasePath ?? TempDatabase();
        Time = time ?? TimeProvider.System;
        var factory = BotApplicationFactory.With(new Dictionary<string, string?>(), DatabasePath).WithWebHostBuilder(builder => builder.ConfigureTestServices(s =>
        {
            foreach (var job in s.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == typeof(Program).Assembly).ToList()) s.Remove(job);
            s.AddSingleton(SharedIndex.Value);
            s.AddSingleton(Time);
            if (escalation is not null) s.AddSingleton(Options.Create(escalation));
            if (admin is not null) s.AddSingleton(Options.Create(admin));
        }));
        services = factory.Services;
    }

    private T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public IChecklistStore Checklists => Get<IChecklistStore>();
    public IUnansweredStore Unanswered => Get<IUnansweredStore>();
    public ITicketStore Tickets => Get<ITicketStore>();
    public EscalationService Escalations => Get<EscalationService>();
    public ConsultationChannel ConsultationChannel => Get<ConsultationChannel>();
    public OutboxSignal OutboxSignal => Get<OutboxSignal>();
    public IOptions<EscalationOptions> EscalationOptions => Get<IOptions<EscalationOptions>>();
    public TimeProvider Time { get; }

    /// <summary>The outbox as the host runs it, sending through <paramref name="adapter"/> (the proactive side).</summary>
    public TicketDelivery Delivery(BotAdapter adapter) =>
        new(adapter, Tickets, ConsultationChannel, Options.Create(new BotCredentialsOptions()), EscalationOptions, Time, NullLogger<TicketDelivery>.Instance);

    /// <summary>This bot's metrics, on a meter of its host's own, so a test can listen to this bot alone.</summary>
    public AssistantMetrics Metrics => Get<AssistantMetrics>();

    public string DatabasePath { get; }
    public SqliteDatabase Database => Get<SqliteDatabase>();
    public IStorage Storage => Get<IStorage>();
    public ConversationState ConversationState => Get<ConversationState>();
    public UserState UserState => Get<UserState>();
    public IFeedbackStore Feedback => Get<IFeedbackStore>();
    public DialogStack Dialogs => Get<DialogStack>();
    public IBot Bot => Get<IBot>();

    public TestAdapter Adapter(string locale = "lv-LV")
    {
        var adapter = new TestAdapter(Channels.Msteams) { Locale = locale };
        adapter.Use(new AutoSaveStateMiddleware(ConversationState, UserState));
        return adapter;
    }

    public TestFlow Flow(string locale = "lv-LV") => new(Adapter(locale), Bot);

    public static string TempDatabase() => Path.Combine(TestFolders.Run, Guid.NewGuid().ToString("N") + ".db");
}
