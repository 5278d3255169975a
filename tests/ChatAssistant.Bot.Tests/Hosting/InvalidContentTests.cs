using ChatAssistant.Knowledge.Loading;
using Microsoft.AspNetCore.Hosting;

namespace ChatAssistant.Bot.Tests.Hosting;

public class InvalidContentTests
{
    [Fact]
    public void TheBotRefusesToStartOnInvalidContent()
    {
        var content = Path.Combine(Path.GetTempPath(), "chatassistant-invalid-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "glossary.yaml"), "levels: [\n");

        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder => builder.UseSetting("Knowledge:ContentPath", content));

        var failure = Assert.Throws<InvalidContentException>(() => factory.CreateClient());
        Assert.Contains("glossary.yaml", failure.Message);
    }
}
