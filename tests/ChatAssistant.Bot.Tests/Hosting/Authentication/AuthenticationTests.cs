using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;

namespace ChatAssistant.Bot.Tests.Hosting.Authentication;

/// <summary>
/// With MicrosoftAppId set, only a valid Bot Framework channel token gets through: the real SDK validates tokens
/// against local HTTPS OpenID metadata, and every failure is a 401 with an empty body, never a 500.
/// </summary>
public class AuthenticationTests(AuthenticationTests.SingleTenantBot fixture) : IClassFixture<AuthenticationTests.SingleTenantBot>
{
    public sealed class SingleTenantBot : IAsyncLifetime
    {
        internal AuthenticatedBot Bot { get; private set; } = null!;
        public async Task InitializeAsync() => Bot = await AuthenticatedBot.StartAsync("SingleTenant");
        public async Task DisposeAsync() => await Bot.DisposeAsync();
    }

    public static TheoryData<string> RejectedTokens() =>
    [
        "missing", "wrong issuer", "wrong audience", "expired", "bad signature", "unknown key id", "key endorsed for another channel",
        "key without endorsements", "serviceUrl claim not matching the activity", "garbage", "alg none", "not yet valid", "empty bearer",
    ];

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task AnInvalidTokenGets401WithoutDetail(string @case)
    {
        var bot = fixture.Bot;
        var token = @case switch
        {
            "missing" => null,
            "wrong issuer" => bot.Token(issuer: "https://evil.example"),
            "wrong audience" => bot.Token(audience: Guid.NewGuid().ToString()),
            "expired" => bot.Token(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1)),
            "bad signature" => bot.Token(key: new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = bot.TeamsKey.KeyId }),
            "unknown key id" => bot.Token(key: OpenIdMetadataServer.NewKey("never-published")),
            "key endorsed for another channel" => bot.Token(key: bot.OtherChannelKey),
            "key without endorsements" => bot.Token(key: bot.UnendorsedKey),
            "serviceUrl claim not matching the activity" => bot.Token(serviceUrl: "https://attacker.example/"),
            "garbage" => "not.a.jwt",
            "alg none" => TestTokens.Unsigned(bot.TeamsKey.KeyId, AuthenticatedBot.Issuer, AuthenticatedBot.AppId, AuthenticatedBot.ServiceUrl),
            "not yet valid" => bot.Token(notBefore: DateTime.UtcNow.AddHours(1), expires: DateTime.UtcNow.AddHours(2)),
            "empty bearer" => "",
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        var response = await SendAsync(bot, token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{@case}: got {(int)response.StatusCode}\n{bot.Bot.Output}");
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AValidTokenGetsTheAnswer()
    {
        var bot = fixture.Bot;
        var response = await SendAsync(bot, bot.Token());

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"got {(int)response.StatusCode}\n{bot.Bot.Output}");
        Assert.Contains("Pakalpojuma vad", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AUserAssignedManagedIdentityBotValidatesChannelTokens()
    {
        await using var bot = await AuthenticatedBot.StartAsync("UserAssignedMSI");

        var valid = await SendAsync(bot, bot.Token());
        var missing = await SendAsync(bot, null);
        var wrongAudience = await SendAsync(bot, bot.Token(audience: Guid.NewGuid().ToString()));

        Assert.True(valid.StatusCode == HttpStatusCode.OK, $"got {(int)valid.StatusCode}\n{bot.Bot.Output}");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
    }

    internal static async Task<HttpResponseMessage> SendAsync(AuthenticatedBot bot, string? token)
    {
        using var client = new HttpClient { BaseAddress = new Uri(bot.Bot.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        // What Teams sends: the sender's Entra object id and the tenant (the bot refuses anything else; see TeamsTenantGateTests).
        var activity = Hosting.TeamsTenantGateTests.TeamsMessage("kas izstrada normativos aktus konkretam pakalpojumam", "29:user-1", "aad-user-1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return await client.SendAsync(request);
    }
}
