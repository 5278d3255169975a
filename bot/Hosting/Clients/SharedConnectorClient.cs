using Microsoft.Bot.Connector;
using Microsoft.Rest;

namespace ChatAssistant.Bot.Hosting.Clients;

/// <summary>
/// A connector client used by many turns at once (its operations are stateless HTTP calls). The SDK disposes the
/// turn's client when the turn ends; for this one that is a no-op, and its HTTP client lives as long as it does, over
/// connections that belong to <see cref="ReusedBotClients"/>. Still a <see cref="ConnectorClient"/>. The bot does not
/// use the SDK's TeamsInfo helpers: they build a client over this one's HttpClient and rewrite its default headers,
/// which must not change while other turns send through it. Whoever adds them should give them an HttpClient of
/// their own.
/// </summary>
internal sealed class SharedConnectorClient(Uri baseUri, ServiceClientCredentials credentials, HttpClient http)
    : ConnectorClient(baseUri, credentials, http, disposeHttpClient: false)
{
    // Shared: outlives every turn that uses it, so the turn's dispose must not reach the base class.
#pragma warning disable CA2215
    protected override void Dispose(bool disposing)
    {
    }
#pragma warning restore CA2215
}
