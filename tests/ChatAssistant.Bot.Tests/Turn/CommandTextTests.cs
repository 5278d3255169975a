using ChatAssistant.Bot.Turn;

namespace ChatAssistant.Bot.Tests.Turn;

/// <summary>Every typed command is compared the same way, whichever feature owns it.</summary>
public class CommandTextTests
{
    [Theory]
    [InlineData("help?", "help")]
    [InlineData("  Palīdzība! ", "palidziba")]
    [InlineData("my tickets?", "my tickets")]
    [InlineData("Mani kontrolsaraksti.", "mani kontrolsaraksti")]
    [InlineData("?", "?")]
    public void EndMarksCaseAndDiacriticsDoNotMatter(string typed, string command)
    {
        Assert.Equal(command, CommandText.Normalise(typed));
    }
}
