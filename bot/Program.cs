using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Feedback;
using ChatAssistant.Bot.Unanswered;
using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.KnowledgeHost;
using ChatAssistant.Bot.RateLimiting;
using ChatAssistant.Bot.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultBotAddress();
builder.AddKnowledge();
builder.AddBot();
builder.AddAdminNetwork();
builder.AddTelemetry();
builder.AddRateLimiting();

var app = builder.Build();

app.UseNoServerErrors();
app.UseAdminNetwork();
app.MapMessages();
app.MapHealth();
app.MapReadiness();
app.MapAdminApi().MapEscalationAdmin().MapFeedbackAdmin().MapUnansweredAdmin();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
