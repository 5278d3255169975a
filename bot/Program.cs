using ChatAssistant.Bot.Admin;
using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.ComposeSearch;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.KnowledgeHost;
using ChatAssistant.Bot.QnA;
using ChatAssistant.Bot.RateLimiting;
using ChatAssistant.Bot.Routing;
using ChatAssistant.Bot.State;
using ChatAssistant.Bot.Tab;
using ChatAssistant.Bot.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultBotAddress();

// The one clock: every time the bot reads or stores goes through it, so tests can stop it.
builder.Services.AddSingleton(TimeProvider.System);

builder.AddKnowledge();
builder.AddStorage();

// The features, each with its chat entry point, its service and its store.
builder.AddQnA();
builder.AddChecklists();
builder.AddEscalation();
builder.AddFeedback();
builder.AddAdmin();
builder.AddComposeSearch();
builder.AddAssistantBot();

// The knowledge tab (personal and channel), rendered from the same content snapshot the answers use.
builder.AddTab();

// Turn middleware, outermost first: telemetry sees every turn (refused ones too), the tenant gate turns away other
// channels and tenants, then the rate limiter decides whether the bot runs at all.
builder.AddTelemetry();
builder.AddRateLimiting();
builder.AddBotAdapter(typeof(TurnTelemetryMiddleware), typeof(TeamsTenantGate), typeof(RateLimitMiddleware));

var app = builder.Build();

app.UseNoServerErrors();
app.UseAdminNetwork();
app.MapMessages();
app.MapHealth();
app.MapReadiness();
app.MapTab();
app.MapAdminApi().MapEscalationAdmin().MapFeedbackAdmin().MapUnansweredAdmin();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
