using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ChatAssistant.Bot.Tests.State.Keyless;

/// <summary>
/// A local stand-in for App Service's managed identity endpoint, the one ManagedIdentityCredential calls on App
/// Service: the platform sets IDENTITY_ENDPOINT and IDENTITY_HEADER, and the credential asks
/// GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&amp;resource=…&amp;client_id=… with the header X-IDENTITY-HEADER.
/// It answers with a JWT shaped like the ones Microsoft Entra issues for storage (issuer sts.windows.net/{tenant},
/// audience the requested resource, nbf, iat, exp), signed with a throwaway key, and records what was asked.
/// </summary>
internal sealed class AppServiceIdentityEndpoint : IAsyncDisposable
{
    public const string TenantId = "5d1f0c7e-3b2a-4c8d-9e6f-7a8b9c0d1e2f";

    private readonly WebApplication app;

    private AppServiceIdentityEndpoint(WebApplication app, string url, string secret, ConcurrentQueue<TokenRequest> requests)
    {
        this.app = app;
        Url = url;
        Secret = secret;
        Requests = requests;
    }

    /// <summary>What one token request asked for, and whether it carried the platform's secret header.</summary>
    public sealed record TokenRequest(string? Resource, string? ClientId, string? ApiVersion, bool HadSecretHeader);

    /// <summary>The value of IDENTITY_ENDPOINT.</summary>
    public string Url { get; }

    /// <summary>The value of IDENTITY_HEADER.</summary>
    public string Secret { get; }

    public ConcurrentQueue<TokenRequest> Requests { get; }

    /// <param name="audienceFor">The token's audience for a requested resource; by default the resource itself, as Entra does.</param>
    public static async Task<AppServiceIdentityEndpoint> StartAsync(Func<string, string>? audienceFor = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var secret = Guid.NewGuid().ToString("N");
        var requests = new ConcurrentQueue<TokenRequest>();
        var signingKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "identity-endpoint-test-key" };
        app.MapGet("/msi/token", (HttpRequest request) =>
        {
            var resource = (string?)request.Query["resource"];
            var clientId = (string?)request.Query["client_id"];
            var hadSecret = request.Headers["X-IDENTITY-HEADER"] == secret;
            requests.Enqueue(new TokenRequest(resource, clientId, request.Query["api-version"], hadSecret));
            if (!hadSecret || string.IsNullOrEmpty(resource)) return Results.StatusCode(StatusCodes.Status400BadRequest);
            var expires = DateTimeOffset.UtcNow.AddHours(1);
            var token = Issue(signingKey, (audienceFor ?? (r => r))(resource), clientId ?? "system-assigned", expires);
            return Results.Text(new JsonObject
            {
                ["access_token"] = token,
                ["expires_on"] = expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["resource"] = resource,
                ["token_type"] = "Bearer",
                ["client_id"] = clientId,
            }.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new AppServiceIdentityEndpoint(app, $"http://127.0.0.1:{new Uri(address).Port}/msi/token", secret, requests);
    }

    private static string Issue(RsaSecurityKey key, string audience, string clientId, DateTimeOffset expires)
    {
        var now = DateTimeOffset.UtcNow;
        var token = new JwtSecurityToken(
            $"https://sts.windows.net/{TenantId}/",
            audience,
            [
                new Claim("iat", now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer64),
                new Claim("appid", clientId), new Claim("oid", clientId), new Claim("sub", clientId), new Claim("tid", TenantId),
                new Claim("idtyp", "app"), new Claim("ver", "1.0"),
            ],
            now.AddMinutes(-5).UtcDateTime,
            expires.UtcDateTime,
            new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
