using ChatAssistant.TeamsPackager;

namespace ChatAssistant.Deployment.Tests.Teams;

public sealed class CommandListTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    // The words the bot acts on (bot/Conversation/Commands.cs, bot/Checklists/ChecklistCommands.cs), in menu order.
    private static readonly string[] English = ["help", "checklist", "my checklists", "escalate", "my tickets"];
    private static readonly string[] Latvian = ["palīdzība", "kontrolsaraksts", "mani kontrolsaraksti", "eskalēt", "mani pieteikumi"];

    [Fact]
    public void CommandMenuOffersTheBotsCommandWordsInEnglish()
    {
        var commands = package.Json("manifest.json")["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.Equal(English, commands.Select(c => (string)c!["title"]!));
        Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
    }

    [Fact]
    public void LatvianFileTranslatesEveryCommandTitleAndDescription()
    {
        var latvian = package.Json("lv.json");

        Assert.Equal(Latvian, Enumerable.Range(0, English.Length).Select(i => (string?)latvian[$"bots[0].commandLists[0].commands[{i}].title"]));
        Assert.Empty(LocalizationCheck.Problems(package.Json("manifest.json"), latvian, "lv.json"));
    }

    [Fact]
    public void LocalizationCheckFindsAKeyNamingNothingAndAnUntranslatedCommand()
    {
        var latvian = package.Json("lv.json");
        latvian.Remove("bots[0].commandLists[0].commands[4].description");
        latvian["bots[0].commandLists[0].commands[9].title"] = "nav tādas komandas";

        var problems = LocalizationCheck.Problems(package.Json("manifest.json"), latvian, "lv.json");

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("commands[9].title", StringComparison.Ordinal) && p.Contains("names no string", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("no translation of 'bots[0].commandLists[0].commands[4].description'", StringComparison.Ordinal));
    }
}
