using Microsoft.IdentityModel.JsonWebTokens;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// With authentication on, a request whose Authorization header is not "Bearer &lt;a JWT that parses&gt;" is refused before
/// the adapter sees it: the SDK would throw a bare ArgumentException for a garbage token, indistinguishable from a
/// malformed activity. The SDK still does the real validation of every token that passes this.
/// </summary>
internal static class BearerTokenShape
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static bool IsPlausible(string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization)) return false;
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        var token = authorization[scheme.Length..].Trim();
        if (token.Length == 0 || !Handler.CanReadToken(token)) return false;
        try
        {
            Handler.ReadJsonWebToken(token); // the segments must decode to a JSON header and payload
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
