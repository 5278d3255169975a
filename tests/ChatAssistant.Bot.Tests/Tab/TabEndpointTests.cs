using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Bot.Tests.Tab;

/// <summary>The knowledge tab as the bot's own host serves it.</summary>
public partial class TabEndpointTests
{
    private static readonly KnowledgeBase Content = KnowledgeLoader.Load(ContentLocator.Resolve(null));

    [Theory]
    [InlineData("/tab")]
    [InlineData("/tab/config")]
    [InlineData("/tab/assets/tab.js")]
    public async Task EveryTabResponseLetsOnlyTeamsFrameItAndRunsOnlyTheHostsOwnScripts(string path)
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("style-src 'self';", policy);
        Assert.DoesNotContain("unsafe", policy);
        var ancestors = policy[(policy.IndexOf("frame-ancestors ", StringComparison.Ordinal) + "frame-ancestors ".Length)..].Split(' ');
        Assert.Equal(["'self'", "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft", "https://*.office.com",
            "https://teams.microsoft.us", "https://gov.teams.microsoft.us", "https://*.gov.teams.microsoft.us", "https://dod.teams.microsoft.us"], ancestors);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("", "lv", "Uzdevumu karte")]
    [InlineData("?lang=en", "en", "Task map")]
    [InlineData("?lang=lv", "lv", "Uzdevumu karte")]
    [InlineData("?lang=de", "lv", "Uzdevumu karte")]
    public async Task LangChoosesThePagesLanguageAndLatvianIsTheDefault(string query, string code, string heading)
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        var response = await client.GetAsync("/tab" + query);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith($"<!DOCTYPE html><html lang=\"{code}\"", page);
        Assert.Contains($"<h2 id=\"map-title\">{heading}</h2>", page);
    }

    [Fact]
    public async Task TheMapDrawsEveryTaskOfTheLoadedCatalogue()
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/tab");

        var nodes = TaskNode().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(32, nodes.Count);
        Assert.Equal(Content.Catalogue.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal), nodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnUnchangedPageIsNotSentAgain()
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        var first = await client.GetAsync("/tab?lang=en");
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/tab?lang=en");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(again);
        var latvian = await client.GetAsync("/tab?lang=lv");

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(etag, latvian.Headers.ETag);
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task AContentEditReachesTheTabThroughTheIndexReload()
    {
        var content = TestFolders.CopyOfContent();
        using var host = BotApplicationFactory.WatchingContent(content);
        using var client = host.CreateClient();
        var before = await client.GetAsync("/tab");
        Assert.DoesNotContain("ZREDAKTORS", await before.Content.ReadAsStringAsync());

        var catalogue = Path.Combine(content, "catalogue.yaml");
        File.WriteAllText(catalogue, File.ReadAllText(catalogue).Replace("lv: \"Nemitīga pilnveide\"", "lv: \"ZREDAKTORS nemitīga pilnveide\"", StringComparison.Ordinal));

        await Eventually.TrueAsync(async () => (await client.GetStringAsync("/tab")).Contains("ZREDAKTORS nemitīga pilnveide", StringComparison.Ordinal), "the edit to reach the tab");
        using var cached = new HttpRequestMessage(HttpMethod.Get, "/tab");
        cached.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(cached)).StatusCode);
    }

    [Fact]
    public async Task TheAssetsAreServedByTheHostItselfAndNothingElseIs()
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        foreach (var (file, type) in new[] { ("tab.js", "text/javascript"), ("teams-host.js", "text/javascript"), ("tab-config.js", "text/javascript"), ("tab.css", "text/css"), ("teams-js.min.js", "text/javascript") })
        {
            var response = await client.GetAsync("/tab/assets/" + file);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode} (teams-js comes from bot/Tab/web's npm package, which scripts/setup.sh installs before the build)");
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tab/assets/appsettings.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tab/assets/..%2Fappsettings.json")).StatusCode);
        var page = await client.GetStringAsync("/tab");
        Assert.DoesNotMatch(ForeignSource(), page);
    }

    [Fact]
    public async Task TheConfigurationPageSavesTheKnowledgeTab()
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();

        var page = await client.GetStringAsync("/tab/config");

        Assert.Contains("data-entity-id=\"pu2-6-knowledge\" data-content-path=\"/tab\"", page);
        Assert.Contains("<section lang=\"lv\">", page);
        Assert.Contains("<section lang=\"en\">", page);
        var script = await client.GetStringAsync("/tab/assets/tab-config.js");
        Assert.Contains("setValidityState(true)", script);
        Assert.Contains("registerOnSaveHandler", script);
    }

    [Theory]
    [InlineData("lv-LV")]
    [InlineData("en-US")]
    public async Task TheChecklistTextEachRolePageSuggestsOpensThatRolesChecklist(string locale)
    {
        using var host = new BotApplicationFactory();
        using var client = host.CreateClient();
        var language = locale.StartsWith("lv", StringComparison.Ordinal) ? Language.Lv : Language.En;
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/tab?lang=" + language.Code()));

        var commands = Command().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var roles = Content.Roles("PU2-6");
        Assert.Equal(roles.Count, commands.Count);
        foreach (var ((role, _), command) in roles.Zip(commands))
        {
            var response = await client.PostAsJsonAsync("/api/messages", TestActivities.Message(command, locale));
            var reply = (await response.Content.ReadAsStringAsync()).Replace("\\u0022", "\"", StringComparison.Ordinal);
            var duty = Content.Card("PU2-6")!.Roles.Single(r => r.Role == role.Id).Duties[0].Text.In(language);
            Assert.True(JsonNode.Parse(reply)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Contains(duty, StringComparison.Ordinal),
                $"'{command}' did not open the checklist of {role.Id}");
        }
    }

    [GeneratedRegex("<a class=\"task[^\"]*\" href=\"#task-[^\"]+\" id=\"node-[^\"]+\" data-task=\"([^\"]+)\"")]
    private static partial Regex TaskNode();

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignSource();

    [GeneratedRegex("<p class=\"checklist\">[^<]*<code>([^<]+)</code>")]
    private static partial Regex Command();
}
