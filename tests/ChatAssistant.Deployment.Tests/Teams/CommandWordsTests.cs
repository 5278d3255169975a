using ChatAssistant.Bot.Checklists;
using ChatAssistant.Bot.Conversation;

namespace ChatAssistant.Deployment.Tests.Teams;

/// <summary>
/// A command picked from the Teams menu arrives as its title, so every title the package offers must be a word the bot
/// acts on. "escalate" / "eskalēt" and "my tickets" / "mani pieteikumi" belong to the escalation flow being built on
/// another branch; its own tests cover them.
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
}
