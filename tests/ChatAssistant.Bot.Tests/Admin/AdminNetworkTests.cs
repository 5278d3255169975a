using System.Net;
using System.Net.Http.Headers;

namespace ChatAssistant.Bot.Tests.Admin;

/// <summary>
/// App Service's access restrictions are site-wide, so /admin/* keeps to the operators' ranges in the app. Deployed,
/// the front end appends the caller's address to X-Forwarded-For; the last entry is the one that counts.
/// </summary>
public class AdminNetworkTests
{
    private const string Key = "admin-network-test-key-0123456789";

    private static BotApplicationFactory Factory(params string[] ranges)
    {
        var settings = new Dictionary<string, string?> { ["Escalation:AdminApiKey"] = Key };
        for (var i = 0; i < ranges.Length; i++) settings[$"AdminNetwork:AllowedIpRanges:{i}"] = ranges[i];
        return BotApplicationFactory.With(settings);
    }

    private static async Task<HttpStatusCode> GetDeliveries(BotApplicationFactory factory, string? forwardedFor)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/deliveries");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Theory]
    [InlineData("203.0.113.9", HttpStatusCode.OK)]
    [InlineData("2001:db8::5", HttpStatusCode.OK)]
    [InlineData("198.51.100.7", HttpStatusCode.Forbidden)]
    [InlineData("203.0.113.9, 198.51.100.7", HttpStatusCode.Forbidden)] // an allowed address typed by the caller, then the real one
    [InlineData(null, HttpStatusCode.Forbidden)]
    public async Task OnlyTheConfiguredRangesReachTheAdminEndpoints(string? forwardedFor, HttpStatusCode expected)
    {
        using var factory = Factory("203.0.113.0/24", "2001:db8::/32");
        Assert.Equal(expected, await GetDeliveries(factory, forwardedFor));
    }

    [Fact]
    public async Task ARefusedCallerIsLoggedAndTheMessagesEndpointIsNotRestricted()
    {
        using var factory = Factory("203.0.113.0/24");
        Assert.Equal(HttpStatusCode.Forbidden, await GetDeliveries(factory, "198.51.100.7"));
        Assert.Contains(factory.Logs.Lines, l => l.Contains("outside AdminNetwork:AllowedIpRanges", StringComparison.Ordinal));

        using var client = factory.CreateClient();
        using var health = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        health.Headers.Add("X-Forwarded-For", "198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(health)).StatusCode);
    }

    [Fact]
    public async Task WithNoRangesConfiguredTheKeyAloneDecides()
    {
        using var factory = Factory();
        Assert.Equal(HttpStatusCode.OK, await GetDeliveries(factory, "198.51.100.7"));
        Assert.Equal(HttpStatusCode.OK, await GetDeliveries(factory, null));
    }

    [Fact]
    public void AMalformedRangeStopsTheStartWithTheSettingNamed()
    {
        using var factory = Factory("203.0.113.0/99");
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("AdminNetwork:AllowedIpRanges holds '203.0.113.0/99'", error.ToString(), StringComparison.Ordinal);
    }
}
