using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Routing;
using ChatAssistant.Bot.Escalation;

namespace ChatAssistant.Deployment.Tests.Teams;

/// <summary>
/// A command picked from the Teams menu arrives as its title, so every title the package offers must be a word the bot
/// acts on. The personal menu holds all five (the team and group-chat menu repeats the first three, see CommandListTests).
/// </summary>
public sealed class CommandWordsTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    private string Title(string entry, int command) => entry == "manifest.json"
        ? (string)package.Json(entry)["bots"]![0]!["commandLists"]![0]!["commands"]![command]!["title"]!
        : (string)package.Json(entry)[$"bots[0].commandLists[0].commands[{command}].title"]!;

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("lv.json")]
    public void HelpTitleIsTheBotsHelpWord(string entry)
    {
        Assert.True(Commands.IsHelp(Title(entry, 0)), Title(entry, 0));
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("lv.json")]
    public void ChecklistTitleStartsAChecklist(string entry)
    {
        Assert.True(ChecklistCommands.TryParseStart(Title(entry, 1), out var rest, out _), Title(entry, 1));
        Assert.Equal("", rest);
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("lv.json")]
    public void MyChecklistsTitleListsTheUsersChecklists(string entry)
    {
        Assert.True(ChecklistCommands.IsMine(Title(entry, 2)), Title(entry, 2));
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("lv.json")]
    public void EscalateTitleOpensTheEscalationForm(string entry)
    {
        Assert.True(EscalationCommands.TryParseEscalate(Title(entry, 3), out var question), Title(entry, 3));
        Assert.Equal("", question);
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("lv.json")]
    public void MyTicketsTitleListsTheUsersTickets(string entry)
    {
        Assert.True(EscalationCommands.IsMine(Title(entry, 4)), Title(entry, 4));
    }
}
