using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.Hosting;
using ChatAssistant.Bot.KnowledgeHost;

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultBotAddress();
builder.AddKnowledge();
builder.AddBot();

var app = builder.Build();

app.UseNoServerErrors();
app.MapMessages();
app.MapHealth();
app.MapEscalationAdmin();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
