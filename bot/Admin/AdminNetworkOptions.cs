using System.Net;

namespace ChatAssistant.Bot.Admin;

/// <summary>
/// Which client addresses may reach /admin/* (<c>AdminNetwork:AllowedIpRanges</c>, CIDR). Empty: any address, as on a
/// developer's machine. Given, the app is taken to sit behind App Service's front end, which appends the caller's
/// address to X-Forwarded-For; the last entry of that header is then the client, and nothing the caller writes into
/// the header can move it.
/// </summary>
public sealed class AdminNetworkOptions
{
    public const string Section = "AdminNetwork";

    public string[] AllowedIpRanges { get; set; } = [];

    public bool Restricted => AllowedIpRanges.Any(r => !string.IsNullOrWhiteSpace(r));

    /// <summary>The configured ranges, parsed; a malformed one is an error at start-up, not a silently open door.</summary>
    public IReadOnlyList<IPNetwork> Networks() => AllowedIpRanges
        .Where(r => !string.IsNullOrWhiteSpace(r))
        .Select(r => IPNetwork.TryParse(r.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:AllowedIpRanges holds '{r}', which is not an address range in CIDR form such as 203.0.113.0/24."))
        .ToList();

    public bool Admits(IPAddress? address)
    {
        if (!Restricted) return true;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return Networks().Any(n => n.Contains(address));
    }
}
