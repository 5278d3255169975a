namespace ChatAssistant.Cards.Tests;

public class MessageCardBuilderTests
{
    [Fact]
    public void NoticeCardShowsTitleThenTextWithoutButtons()
    {
        var card = MessageCardBuilder.Build("Paldies!", "Paldies par atsauksmi! Satura redaktori to redzēs.");

        Assert.Equal(["Paldies!", "Paldies par atsauksmi! Satura redaktori to redzēs."], CardJson.Texts(card));
        Assert.Empty(CardJson.Actions(card));
    }
}
