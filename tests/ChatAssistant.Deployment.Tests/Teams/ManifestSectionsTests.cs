using System.Text.Json.Nodes;
using ChatAssistant.Bot.ComposeSearch;
using ChatAssistant.TeamsPackager;

namespace ChatAssistant.Deployment.Tests.Teams;

/// <summary>
/// The manifest's compose-box search and tabs: one query command of the bot, the task-card tab in the personal app and
/// in channels and group chats, both on the bot's own host, which the packager puts into the URLs and validDomains.
/// </summary>
public sealed class ManifestSectionsTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    private JsonObject Manifest => package.Json("manifest.json");

    [Fact]
    public void TheComposeBoxSearchIsOneQueryCommandOfTheBotThatOpensWithTheMostAsked()
    {
        var extension = Assert.Single(Manifest["composeExtensions"]!.AsArray())!;
        var command = Assert.Single(extension["commands"]!.AsArray())!;

        Assert.Equal(BuiltPackage.BotId, (string?)extension["botId"]);
        Assert.Equal(("searchAnswers", "query", true), ((string?)command["id"], (string?)command["type"], (bool?)command["initialRun"]));
        Assert.Equal(["commandBox", "compose"], command["context"]!.AsArray().Select(c => (string)c!).Order());
        var parameter = Assert.Single(command["parameters"]!.AsArray())!;
        Assert.Equal("query", (string?)parameter["name"]);
        Assert.NotEqual(ComposeSearchChat.InitialRunParameter, (string?)parameter["name"]);
    }

    [Fact]
    public void TheTaskCardIsAPersonalTabBesideTheChatOnTheBotsHost()
    {
        var tabs = Manifest["staticTabs"]!.AsArray();
        // The tab's entity id is the one the bot's tab pages and channel-tab configuration use: the two must not drift.
        var card = tabs.Single(t => (string?)t!["entityId"] == new ChatAssistant.Bot.Tab.TabOptions().EntityId)!;

        Assert.Equal("conversations", (string?)tabs[0]!["entityId"]); // the bot's chat stays the first tab
        Assert.Equal($"https://{BuiltPackage.Host}/tab", (string?)card["contentUrl"]);
        Assert.Equal($"https://{BuiltPackage.Host}/tab", (string?)card["websiteUrl"]);
        Assert.Equal(["personal"], card["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Equal("Task card", (string?)card["name"]);
    }

    [Fact]
    public void TheChannelTabIsConfiguredOnTheBotsHostForTeamsAndGroupChats()
    {
        var tab = Assert.Single(Manifest["configurableTabs"]!.AsArray())!;

        Assert.Equal($"https://{BuiltPackage.Host}/tab/config", (string?)tab["configurationUrl"]);
        Assert.Equal(["groupChat", "team"], tab["scopes"]!.AsArray().Select(s => (string)s!).Order());
    }

    [Fact]
    public void EveryTabUrlIsHttpsOnAValidDomainAndNoPlaceholderIsLeft()
    {
        var manifest = Manifest;
        var domains = manifest["validDomains"]!.AsArray().Select(d => (string)d!).ToList();
        var urls = manifest["staticTabs"]!.AsArray().Concat(manifest["configurableTabs"]!.AsArray())
            .SelectMany(tab => tab!.AsObject().Where(p => p.Key.EndsWith("Url", StringComparison.Ordinal)).Select(p => (string)p.Value!))
            .ToList();

        Assert.Equal([BuiltPackage.Host], domains);
        Assert.Equal(3, urls.Count);
        Assert.All(urls, url =>
        {
            var uri = new Uri(url);
            Assert.Equal(Uri.UriSchemeHttps, uri.Scheme);
            Assert.Contains(uri.Host, domains);
        });
        Assert.DoesNotContain(ManifestTemplate.HostPlaceholder, manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherHostGoesIntoEveryTabUrlAndValidDomains()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(BuiltPackage.TemplateFolder, "manifest.json")))!.AsObject();
        ManifestTemplate.Fill(manifest, [], BuiltPackage.Settings("unused.zip") with { Host = "assistant.varam.gov.lv" });

        Assert.Equal(["assistant.varam.gov.lv"], manifest["validDomains"]!.AsArray().Select(d => (string)d!));
        Assert.Equal("https://assistant.varam.gov.lv/tab/config", (string?)manifest["configurableTabs"]![0]!["configurationUrl"]);
        Assert.DoesNotContain(BuiltPackage.Host, manifest.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("staticTabs[1].name", "Uzdevuma karte")]
    [InlineData("composeExtensions[0].commands[0].title", "Meklēt atbildes")]
    [InlineData("composeExtensions[0].commands[0].parameters[0].title", "Jautājums")]
    public void LatvianNamesTheTabAndTheSearch(string key, string latvian)
    {
        Assert.Equal(latvian, (string?)package.Json("lv.json")[key]);
        Assert.NotEqual(latvian, (string?)LocalizationCheck.Resolve(Manifest, key));
    }

    [Theory]
    [InlineData("staticTabs[1].name")]
    [InlineData("composeExtensions[0].commands[0].description")]
    [InlineData("composeExtensions[0].commands[0].parameters[0].description")]
    public void LocalizationCheckFindsAnUntranslatedTabOrSearchString(string key)
    {
        var latvian = package.Json("lv.json");
        latvian.Remove(key);

        var problem = Assert.Single(LocalizationCheck.Problems(Manifest, latvian, "lv.json"));

        Assert.Contains($"no translation of '{key}'", problem, StringComparison.Ordinal);
    }
}
