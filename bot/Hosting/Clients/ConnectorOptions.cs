namespace ChatAssistant.Bot.Hosting.Clients;

public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>
    /// Share connector clients across turns and build the user-token client only when used (see
    /// <see cref="ReusedBotClients"/>). False goes back to the SDK's client per turn: a switch for operations, and the
    /// load benchmark's way to show what the sharing saves.
    /// </summary>
    public bool ShareClients { get; set; } = true;
}
