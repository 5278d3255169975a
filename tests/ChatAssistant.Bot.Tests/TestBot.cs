using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Conversation;
using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Unanswered;
using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.QnA;
using ChatAssistant.Bot.State;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ChatAssistant.Bot.Telemetry;

namespace ChatAssistant.Bot.Tests;

/// <summary>
/// The real bot, wired by hand on the real SQLite store and the real content, behind the SDK's TestAdapter.
/// A new instance over the same database file is a restart.
/// </summary>
internal sealed class TestBot
{
    internal static readonly Lazy<KnowledgeIndex> SharedIndex = new(() => new KnowledgeIndex(ContentLocator.Resolve(null)));

    public TestBot(string? databasePath = null, EscalationOptions? escalation = null, TimeProvider? time = null)
    {
        EscalationOptions = Options.Create(escalation ?? new EscalationOptions());
        Time = time ?? TimeProvider.System;
        DatabasePath = databasePath ?? TempDatabase();
        Database = new SqliteDatabase(DatabasePath);
        Storage = new SqliteStorage(Database);
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        Feedback = new SqliteFeedbackStore(Database);
        Checklists = new SqliteChecklistStore(Database);
        var engine = new AnswerEngine(SharedIndex.Value);
        var checklists = new ChecklistService(SharedIndex.Value, Checklists);
        var checklistCards = new ChecklistCardHandler(checklists, NullLogger<ChecklistCardHandler>.Instance);
        Tickets = new SqliteTicketStore(Database);
        OutboxSignal = new OutboxSignal();
        ConsultationChannel = new ConsultationChannel(Storage, EscalationOptions, NullLogger<ConsultationChannel>.Instance);
        var lastQuestion = new LastQuestion(ConversationState);
        Escalations = new EscalationService(Tickets, checklists, OutboxSignal, Metrics, Time, NullLogger<EscalationService>.Instance);
        var escalationChat = new EscalationChat(Escalations, ConsultationChannel, lastQuestion, Tickets, EscalationOptions, NullLogger<EscalationChat>.Instance);
        Unanswered = new SqliteUnansweredStore(Database);
        var report = new UnansweredReport(Unanswered, Time, NullLogger<UnansweredReport>.Instance);
        var qna = new QnaChat(engine, lastQuestion, report, Metrics, NullLogger<QnaChat>.Instance);
        var dialogs = new DialogStack(
            [new QnaFlow(engine, qna), new ChecklistFlow(checklists, SharedIndex.Value, NullLogger<ChecklistFlow>.Instance)],
            ConversationState);
        Dialogs = dialogs;
        var router = new CardSubmitRouter(dialogs, Feedback, report, checklists, checklistCards, escalationChat, NullLogger<CardSubmitRouter>.Instance);
        Bot = new AssistantBot(dialogs, router, checklistCards, escalationChat, qna, ConsultationChannel, ConversationState, UserState, NullLogger<AssistantBot>.Instance);
    }

    public SqliteChecklistStore Checklists { get; }
    public SqliteUnansweredStore Unanswered { get; }
    public SqliteTicketStore Tickets { get; }
    public EscalationService Escalations { get; }
    public ConsultationChannel ConsultationChannel { get; }
    public OutboxSignal OutboxSignal { get; }
    public IOptions<EscalationOptions> EscalationOptions { get; }
    public TimeProvider Time { get; }

    /// <summary>The outbox as the host runs it, sending through <paramref name="adapter"/> (the proactive side).</summary>
    public TicketDelivery Delivery(Microsoft.Bot.Builder.BotAdapter adapter) =>
        new(adapter, Tickets, ConsultationChannel, Options.Create(new BotCredentialsOptions()), EscalationOptions, Time, NullLogger<TicketDelivery>.Instance);

    /// <summary>Metrics on a meter of their own, so a test can listen to this bot alone.</summary>
    public AssistantMetrics Metrics { get; } = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());

    public string DatabasePath { get; }
    public SqliteDatabase Database { get; }
    public SqliteStorage Storage { get; }
    public ConversationState ConversationState { get; }
    public UserState UserState { get; }
    public SqliteFeedbackStore Feedback { get; }
    public DialogStack Dialogs { get; }
    public IBot Bot { get; }

    public TestAdapter Adapter(string locale = "lv-LV")
    {
        var adapter = new TestAdapter(Channels.Msteams) { Locale = locale };
        adapter.Use(new AutoSaveStateMiddleware(ConversationState, UserState));
        return adapter;
    }

    public TestFlow Flow(string locale = "lv-LV") => new(Adapter(locale), Bot);

    public static string TempDatabase() => Path.Combine(TestFolders.Run, Guid.NewGuid().ToString("N") + ".db");
}
