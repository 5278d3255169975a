using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Bot.Tests.TestSupport;

/// <summary>
/// A stand-in for the Bot Connector service (Teams' side, which does not run here), on a real loopback port: it
/// records the activities the bot posts and updates, and can be told to fail, as the real service sometimes does.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<JsonNode, TaskCompletionSource<bool>> held = new(ReferenceEqualityComparer.Instance);
    private int next;

    private FakeConnector(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string Method, string Conversation, JsonNode Activity)> Received { get; } = new();

    /// <summary>Refuse every call as Teams does when the bot has been removed from the team (403).</summary>
    public bool Failing { get; set; }

    /// <summary>Answer updates with 404, as Teams does once someone has deleted the message.</summary>
    public bool MessagesDeleted { get; set; }

    /// <summary>
    /// While true, each post or update is recorded on arrival and its reply held back until
    /// <see cref="DropHeldReplies"/>: a bot killed meanwhile has been heard but never told.
    /// </summary>
    public bool HoldingReplies { get; set; }

    /// <summary>How many replies are held back now: a post or update is in flight.</summary>
    public int HeldReplies => held.Count;

    /// <summary>The activities of <see cref="Received"/> whose sender was gone before the reply: the bot never learnt they arrived.</summary>
    public ConcurrentQueue<JsonNode> Unacknowledged { get; } = new();

    public string Url { get; private set; } = "";

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversation}/activities", (string conversation, HttpRequest request) => connector.RecordAsync("POST", conversation, request));
        app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", (string conversation, HttpRequest request) => connector.RecordAsync("POST", conversation, request));
        app.MapPut("/v3/conversations/{conversation}/activities/{id}", (string conversation, HttpRequest request) =>
            connector.MessagesDeleted ? Task.FromResult(Results.NotFound()) : connector.RecordAsync("PUT", conversation, request));
        await app.StartAsync();
        connector.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return connector;
    }

    /// <summary>Waits (bounded) until an activity matching <paramref name="match"/> has arrived.</summary>
    public Task<JsonNode> WaitForAsync(Func<string, string, JsonNode, bool> match, string what) =>
        Eventually.GetAsync(() => Task.FromResult<JsonNode?>(Received.FirstOrDefault(r => match(r.Method, r.Conversation, r.Activity)).Activity), what);

    /// <summary>The sender of every held reply is gone (the test killed it): those activities count as never acknowledged, and replies flow again.</summary>
    public void DropHeldReplies()
    {
        HoldingReplies = false;
        foreach (var (activity, reply) in held)
        {
            Unacknowledged.Enqueue(activity);
            reply.TrySetResult(false);
        }
        held.Clear();
    }

    private async Task<IResult> RecordAsync(string method, string conversation, HttpRequest request)
    {
        if (Failing) return Results.StatusCode(StatusCodes.Status403Forbidden);
        var activity = await JsonNode.ParseAsync(request.Body) ?? new JsonObject();
        // Held before it is recorded, so that a test seeing it recorded also sees it held.
        var reply = HoldingReplies ? held.GetOrAdd(activity, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)) : null;
        Received.Enqueue((method, Uri.UnescapeDataString(conversation), activity));
        if (reply is not null && !await reply.Task) return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        return Results.Json(new { id = "msg-" + Interlocked.Increment(ref next) });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
