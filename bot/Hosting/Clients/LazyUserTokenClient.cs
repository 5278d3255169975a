using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ChatAssistant.Bot.Hosting.Clients;

/// <summary>
/// The turn's user-token client, built on first use. Only OAuth sign-in flows call it, and this bot has none, so
/// a turn normally never pays for building it.
/// </summary>
internal sealed class LazyUserTokenClient(Func<CancellationToken, Task<UserTokenClient>> create) : UserTokenClient
{
    // Built once even when two calls race, and not tied to the cancellation of whichever call came first.
    private readonly Lazy<Task<UserTokenClient>> client = new(() => create(CancellationToken.None));

    private Task<UserTokenClient> ClientAsync(CancellationToken cancellationToken) => client.Value.WaitAsync(cancellationToken);

    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await ClientAsync(cancellationToken)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing && client.IsValueCreated)
        {
            // A client still being built when the turn ends is disposed once it is ready.
            _ = client.Value.ContinueWith(built => built.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
        base.Dispose(disposing);
    }
}
