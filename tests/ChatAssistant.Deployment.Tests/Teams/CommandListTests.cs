using System.Text.Json.Nodes;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.TeamsPackager;

namespace ChatAssistant.Deployment.Tests.Teams;

/// <summary>
/// Two menus: the personal chat offers every command; teams and group chats only what works there (the bot handles
/// tickets, which hold personal data, only in a personal chat).
/// </summary>
public sealed class CommandListTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    // The words the bot acts on (bot/Routing/Commands.cs, bot/Checklists/ChecklistCommands.cs), in menu order.
    private static readonly string[] English = ["help", "checklist", "my checklists", "escalate", "my tickets"];
    private static readonly string[] Latvian = ["palīdzība", "kontrolsaraksts", "mani kontrolsaraksti", "eskalēt", "mani pieteikumi"];
    private const int Personal = 0;
    private const int Shared = 1;

    private JsonArray Commands(int list) => package.Json("manifest.json")["bots"]![0]!["commandLists"]![list]!["commands"]!.AsArray();

    private IEnumerable<string?> LatvianTitles(int list) =>
        Enumerable.Range(0, Commands(list).Count).Select(i => (string?)package.Json("lv.json")[$"bots[0].commandLists[{list}].commands[{i}].title"]);

    [Fact]
    public void ThePersonalMenuOffersEveryCommandInEnglishAndLatvian()
    {
        Assert.Equal(English, Commands(Personal).Select(c => (string)c!["title"]!));
        Assert.Equal(Latvian, LatvianTitles(Personal));
        Assert.All(Commands(Personal), c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
    }

    [Fact]
    public void TheTeamAndGroupChatMenuOffersNoTicketCommands()
    {
        var english = Commands(Shared).Select(c => (string)c!["title"]!).ToList();
        var latvian = LatvianTitles(Shared).Select(t => t!).ToList();

        Assert.Equal(English[..3], english);
        Assert.Equal(Latvian[..3], latvian);
        Assert.All(english.Concat(latvian), title => Assert.False(EscalationCommands.TryParseEscalate(title, out _) || EscalationCommands.IsMine(title), title));
    }

    [Fact]
    public void LatvianFileTranslatesEveryCommandOfBothMenus()
    {
        Assert.Empty(LocalizationCheck.Problems(package.Json("manifest.json"), package.Json("lv.json"), "lv.json"));
    }

    [Fact]
    public void LocalizationCheckFindsAKeyNamingNothingAndAnUntranslatedCommand()
    {
        var latvian = package.Json("lv.json");
        latvian.Remove("bots[0].commandLists[1].commands[2].description");
        latvian["bots[0].commandLists[1].commands[3].title"] = "nav tādas komandas";

        var problems = LocalizationCheck.Problems(package.Json("manifest.json"), latvian, "lv.json");

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("commandLists[1].commands[3].title", StringComparison.Ordinal) && p.Contains("names no string", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no translation of 'bots[0].commandLists[1].commands[2].description'", StringComparison.Ordinal));
    }
}
