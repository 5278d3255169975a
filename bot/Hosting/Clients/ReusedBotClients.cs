using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;

namespace ChatAssistant.Bot.Hosting.Clients;

/// <summary>
/// Bot Framework authentication that keeps the SDK's outbound clients across turns. CloudAdapter asks for a new
/// connector client and a new user-token client on every turn, and building each one parses several regular
/// expressions for its User-Agent header: in the load benchmark, sharing them takes 0.4-0.5 CPU ms off a turn that
/// then costs about 0.2 ms. Here a connector client is built once per bot identity, service URL and audience and then
/// shared (as the SDK's older BotFrameworkAdapter did), and the user-token client, which only OAuth sign-in uses, is
/// built when first used. Authentication itself is the inner one's, unchanged.
/// </summary>
public sealed class ReusedBotClients(BotFrameworkAuthentication inner, ILogger<ReusedBotClients> logger) : BotFrameworkAuthentication, IDisposable
{
    /// <summary>
    /// Teams uses a handful of service URLs. A bot without authentication (local mode) accepts any service URL, so
    /// past this many the clients are built per turn, as the SDK does, instead of growing the cache.
    /// </summary>
    public const int MaxSharedClients = 64;

    private readonly ConcurrentDictionary<(string AppId, string ServiceUrl, string Audience), Lazy<Task<IConnectorClient>>> connectors = new();

    // One pool of connections for all shared clients; the lifetime makes it follow DNS changes like IHttpClientFactory.
    private readonly SocketsHttpHandler connections = new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    public int SharedClientCount => connectors.Count;

    /// <summary>The adapter takes a turn's connector factory from this result, so the shared one goes in here.</summary>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Share(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Share(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new SharedConnectorFactory(this, inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new LazyUserTokenClient(ct => inner.CreateUserTokenClientAsync(claimsIdentity, ct)));

    public void Dispose() => connections.Dispose();

    private AuthenticateRequestResult Share(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } perTurn and not SharedConnectorFactory)
        {
            result.ConnectorFactory = new SharedConnectorFactory(this, perTurn, AppIdOf(result.ClaimsIdentity));
        }
        return result;
    }

    private async Task<IConnectorClient> ConnectorAsync(ConnectorFactory factory, string appId, string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        var key = (appId, serviceUrl, audience ?? "");
        if (!connectors.TryGetValue(key, out var shared))
        {
            if (connectors.Count >= MaxSharedClients) return await factory.CreateAsync(serviceUrl, audience, cancellationToken);
            shared = connectors.GetOrAdd(key, _ => new Lazy<Task<IConnectorClient>>(() => BuildSharedAsync(factory, serviceUrl, audience)));
        }
        try
        {
            return await shared.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed build (credentials not reachable, say) is not kept: the next turn tries again.
            connectors.TryRemove(new KeyValuePair<(string, string, string), Lazy<Task<IConnectorClient>>>(key, shared));
            throw;
        }
    }

    /// <summary>
    /// The inner factory resolves the credentials for this identity and audience (token caching lives in them); the
    /// shared client takes them over. Not cancelled by the turn that happened to build it, since other turns wait for
    /// it too.
    /// </summary>
    private async Task<IConnectorClient> BuildSharedAsync(ConnectorFactory factory, string serviceUrl, string? audience)
    {
        using var prototype = await factory.CreateAsync(serviceUrl, audience, CancellationToken.None);
        logger.LogInformation("Sharing a connector client for service URL {ServiceUrl}", serviceUrl);
        // Its own HttpClient over the shared connections: the client writes its User-Agent into the HttpClient's default
        // headers, which must not change under another client's requests in flight.
        var http = new HttpClient(connections, disposeHandler: false);
        ConnectorClient.AddDefaultRequestHeaders(http);
        return new SharedConnectorClient(prototype.BaseUri, prototype.Credentials, http);
    }

    private static string AppIdOf(ClaimsIdentity identity) =>
        identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AudienceClaim)?.Value
        ?? identity?.Claims.FirstOrDefault(c => c.Type == AuthenticationConstants.AppIdClaim)?.Value
        ?? "";

    private sealed class SharedConnectorFactory(ReusedBotClients owner, ConnectorFactory perTurn, string appId) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            owner.ConnectorAsync(perTurn, appId, serviceUrl, audience, cancellationToken);
    }
}
