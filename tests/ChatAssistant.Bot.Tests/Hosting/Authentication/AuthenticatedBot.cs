using Microsoft.IdentityModel.Tokens;

namespace ChatAssistant.Bot.Tests.Hosting.Authentication;

/// <summary>
/// The bot as a process with a Bot Framework identity, validating channel tokens against our local HTTPS metadata.
/// The overrides are the SDK's own configuration keys; see the README's "Security and operations" section.
/// </summary>
internal sealed class AuthenticatedBot : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";
    public const string AppId = "6f0c7a53-3a55-4b8c-9f51-2d2c8e1d7a10";
    public const string TenantId = "0b5e3c1a-7d9e-4f2a-8c6b-1e2d3f4a5b6c";
    public const string ServiceUrl = "https://smba.trafficmanager.test/emea/";

    public RsaSecurityKey TeamsKey { get; } = OpenIdMetadataServer.NewKey("teams-key");
    public RsaSecurityKey OtherChannelKey { get; } = OpenIdMetadataServer.NewKey("other-channel-key");
    public RsaSecurityKey UnendorsedKey { get; } = OpenIdMetadataServer.NewKey("unendorsed-key");

    private TestCertificates? certificates;
    private OpenIdMetadataServer? metadata;
    private BotProcess? bot;

    public BotProcess Bot => bot!;

    public static async Task<AuthenticatedBot> StartAsync(string appType)
    {
        var result = new AuthenticatedBot();
        result.certificates = new TestCertificates();
        result.metadata = await OpenIdMetadataServer.StartAsync(result.certificates, Issuer,
            [(result.TeamsKey, ["msteams"]), (result.OtherChannelKey, ["skype"]), (result.UnendorsedKey, null)]);
        var local = result.metadata.BaseUrl;
        result.bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            // The process trusts our test CA and nothing else; the machine's own variables point at the system bundle.
            ["SSL_CERT_FILE"] = result.certificates.AuthorityFile,
            ["SSL_CERT_DIR"] = result.certificates.Folder,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = appType == "SingleTenant" ? "test-secret" : null,
            ["MicrosoftAppTenantId"] = TenantId,
            ["ChannelService"] = local + "/channel",
            ["ValidateAuthority"] = "false",
            ["ToChannelFromBotLoginUrl"] = local + "/" + TenantId,
            ["OAuthUrl"] = local + "/oauth",
            ["ToChannelFromBotOAuthScope"] = Issuer,
            ["ToBotFromChannelTokenIssuer"] = Issuer,
            ["ToBotFromChannelOpenIdMetadataUrl"] = result.metadata.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = result.metadata.MetadataUrl,
            ["CallerId"] = "urn:botframework:test",
        });
        return result;
    }

    public string Token(RsaSecurityKey? key = null, string issuer = Issuer, string audience = AppId, string serviceUrl = ServiceUrl, DateTime? notBefore = null, DateTime? expires = null) =>
        TestTokens.Issue(key ?? TeamsKey, issuer, audience, serviceUrl, notBefore, expires);

    public async ValueTask DisposeAsync()
    {
        if (bot is not null) await bot.DisposeAsync();
        if (metadata is not null) await metadata.DisposeAsync();
        certificates?.Dispose();
    }
}
