using System.Net;
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

namespace ChatAssistant.Bot.Tests.Hosting.Authentication;

/// <summary>
/// A local HTTPS stand-in for the Bot Framework's OpenID metadata: the configuration document and a JWKS with our
/// test keys and their channel endorsements. The SDK caches both per URL for the life of the bot process, so every
/// key is published before the bot sees its first request.
/// </summary>
internal sealed class OpenIdMetadataServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private OpenIdMetadataServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public string MetadataUrl => BaseUrl + "/.well-known/openid-configuration";

    public static async Task<OpenIdMetadataServer> StartAsync(TestCertificates certificates, string issuer, IEnumerable<(RsaSecurityKey Key, string[]? Endorsements)> keys)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificates.Server)));
        var app = builder.Build();
        var jwks = Jwks(keys);
        string? baseUrl = null;
        app.MapGet("/.well-known/openid-configuration", () => Results.Text(new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = baseUrl + "/authorize",
            ["jwks_uri"] = baseUrl + "/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }.ToJsonString(), "application/json"));
        app.MapGet("/keys", () => Results.Text(jwks, "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        baseUrl = "https://127.0.0.1:" + new Uri(address).Port;
        return new OpenIdMetadataServer(app, baseUrl);
    }

    private static string Jwks(IEnumerable<(RsaSecurityKey Key, string[]? Endorsements)> keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var parameters = key.Rsa.ExportParameters(false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null) jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray());
            array.Add(jwk);
        }
        return new JsonObject { ["keys"] = array }.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };
}
