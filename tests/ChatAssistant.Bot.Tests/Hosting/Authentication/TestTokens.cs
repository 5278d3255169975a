using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ChatAssistant.Bot.Tests.Hosting.Authentication;

/// <summary>Bot Framework channel tokens as Azure Bot Service sends them: RS256, kid in the header, serviceurl claim.</summary>
internal static class TestTokens
{
    public static string Issue(RsaSecurityKey key, string issuer, string audience, string serviceUrl, DateTime? notBefore = null, DateTime? expires = null)
    {
        var handler = new JwtSecurityTokenHandler();
        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            issuer,
            audience,
            [new Claim("serviceurl", serviceUrl), new Claim("ver", "1.0")],
            notBefore ?? now.AddMinutes(-1),
            expires ?? now.AddMinutes(30),
            new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return handler.WriteToken(token);
    }

    /// <summary>An unsigned token ("alg": "none") with otherwise valid claims.</summary>
    public static string Unsigned(string kid, string issuer, string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        var header = $$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}""";
        var payload = $$"""{"iss":"{{issuer}}","aud":"{{audience}}","serviceurl":"{{serviceUrl}}","nbf":{{now.AddMinutes(-1).ToUnixTimeSeconds()}},"exp":{{now.AddMinutes(30).ToUnixTimeSeconds()}}}""";
        return Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header)) + "." + Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload)) + ".";
    }
}
