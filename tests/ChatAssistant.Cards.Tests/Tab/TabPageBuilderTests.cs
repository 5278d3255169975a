using System.Net;
using System.Text.RegularExpressions;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Cards.Tab;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tests.Tab.TabContent;

namespace ChatAssistant.Cards.Tests.Tab;

public partial class TabPageBuilderTests
{
    private static readonly TabPageSettings Local = new("PU2-6", null, "/tab/assets", TeamsJs: true);
    private static readonly TaskCard Card = Content.Card("PU2-6")!;

    private static string Page(Language language, TabPageSettings? settings = null, KnowledgeBase? knowledge = null) =>
        TabPageBuilder.Build(knowledge ?? Content, settings ?? Local, language);

    [Theory]
    [InlineData(Language.Lv)]
    [InlineData(Language.En)]
    public void EveryListedFactOfTheCardIsOnThePageWithItsSlide(Language language)
    {
        var page = WebUtility.HtmlDecode(Page(language));

        foreach (var section in Card.Sections)
        {
            Assert.Contains(section.Summary.In(language), page);
            Assert.All(section.Items, item => Assert.Contains(item.Text.In(language), page));
        }
        Assert.All(Card.Phases.SelectMany(p => p.Steps), step => Assert.Contains(step.Text.In(language), page));
        Assert.All(Card.Roles.SelectMany(r => r.Duties), duty => Assert.Contains(duty.Text.In(language), page));
        Assert.All(Card.LegalActs.Acts, act => Assert.Contains(Content.Glossary.LegalActs.Single(a => a.Id == act).Name.In(language), page));
        Assert.All(Card.Conditions.Items, condition => Assert.Contains(Content.Glossary.Conditions.Single(c => c.Id == condition).Name.In(language), page));
        foreach (var slide in Card.Sections.Select(s => s.Slide).Distinct())
        {
            Assert.Contains($"<span class=\"slide\">{string.Format(System.Globalization.CultureInfo.InvariantCulture, TabText.Slide.In(language), slide)}</span>", page);
        }
    }

    [Fact]
    public void EveryUncertainFactIsMarkedAsTheBotMarksIt()
    {
        var page = WebUtility.HtmlDecode(Page(Language.Lv));

        var unclear = Card.Sections.SelectMany(s => s.Items.Select(i => i.Unclear).Append(s.Unclear))
            .Concat(Card.Stages.Items.Select(i => i.Unclear)).Append(Card.Levels.Unclear).Append(Card.Related.Unclear)
            .OfType<Text>().ToList();
        Assert.NotEmpty(unclear);
        Assert.All(unclear, u => Assert.Contains($"<strong>{QnaText.Uncertain.Lv}:</strong> {u.Lv}", page));
    }

    [Fact]
    public void EachTaskHasADetailSayingWhatIsKnownAndWhatIsNot()
    {
        var page = Page(Language.Lv);

        foreach (var task in Content.Catalogue.Tasks)
        {
            var detail = Detail(page, task.Id);
            Assert.Contains(WebUtility.HtmlEncode(task.Name.Lv), detail);
            Assert.Contains(TabText.TaskNotKnown.Lv, detail);
            if (task.Unclear is { } unclear) Assert.Contains(WebUtility.HtmlEncode(unclear.Lv), detail);
            Assert.Equal(Content.Card(task.Id) is not null, detail.Contains($"href=\"#card-{task.Id}\"", StringComparison.Ordinal));
        }
        Assert.Contains("href=\"#task-PU2-6\"", Detail(page, "PU2-7"));
        // PU2-6's own entry is certain, but the arrows to its neighbours are not: that is what is not known about it.
        var notKnown = Detail(page, "PU2-6")[Detail(page, "PU2-6").IndexOf(TabText.TaskNotKnown.Lv, StringComparison.Ordinal)..];
        var arrows = Content.Catalogue.Find("PU2-7")!.Links.Single(l => l.Task == "PU2-6").Unclear!;
        Assert.Contains(WebUtility.HtmlEncode(arrows.Lv), notKnown);
        Assert.DoesNotContain(TabText.TaskAllReliable.Lv, notKnown);
    }

    [Fact]
    public void WithTheBotsIdentityEachRoleOpensItsChecklistThroughATeamsDeepLink()
    {
        var page = Page(Language.Lv, Local with { BotAppId = "11111111-2222-3333-4444-555555555555" });

        var links = DeepLinks().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(Card.Roles.Count, links.Count);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=28:11111111-2222-3333-4444-555555555555&message=kontrolsaraksts%20pakalpojuma%20vad%C4%ABt%C4%81js", links);
    }

    [Fact]
    public void WithoutABotIdentityEachRoleShowsTheCommandToType()
    {
        var page = Page(Language.En);

        Assert.Empty(DeepLinks().Matches(page));
        Assert.Contains("<code>checklist service manager</code>", page);
        Assert.Contains("<code>checklist resource portfolio manager</code>", page);
    }

    [Fact]
    public void ThePageRunsNoInlineScriptOrStyle()
    {
        var page = Page(Language.Lv);

        Assert.DoesNotMatch(InlineScript(), page);
        Assert.DoesNotContain("<style", page);
        Assert.DoesNotContain(" style=", page);
        Assert.DoesNotMatch(EventHandler(), page);
        Assert.DoesNotContain("http://", page.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTeamsLibraryIsLoadedOnlyWhenTheHostHasIt()
    {
        Assert.Contains("data-teams-js=\"/tab/assets/teams-js.min.js\"", Page(Language.Lv));
        Assert.DoesNotContain("teams-js", Page(Language.Lv, Local with { TeamsJs = false }));
    }

    [Fact]
    public void ContentTextIsShownAsTextNeverAsMarkup()
    {
        const string hostile = "<img src=x onerror=alert(1)>";
        var card = Card with { Sections = [.. Card.Sections.Select(s => s.Id == "results" ? s with { Summary = new Text(hostile, hostile) } : s)] };
        var knowledge = Content with { Cards = [card] };

        var page = Page(Language.Lv, knowledge: knowledge);

        Assert.DoesNotContain(hostile, page);
        Assert.Contains(WebUtility.HtmlEncode(hostile), page);
    }

    [Theory]
    [InlineData(Language.Lv, "lv", "?lang=en")]
    [InlineData(Language.En, "en", "?lang=lv")]
    public void ThePageSaysItsLanguageAndLinksToTheOther(Language language, string code, string switchLink)
    {
        var page = Page(language);

        Assert.StartsWith($"<!DOCTYPE html><html lang=\"{code}\"", page);
        Assert.Contains($"class=\"lang\" href=\"{switchLink}\"", page);
    }

    [Fact]
    public void TheConfigurationPageExplainsInBothLanguagesAndCarriesWhatItSaves()
    {
        var page = TabPageBuilder.BuildConfig(Local, "pu2-6-knowledge", "/tab");

        Assert.Contains(WebUtility.HtmlEncode(string.Format(System.Globalization.CultureInfo.InvariantCulture, TabText.ConfigText.Lv, "PU2-6")), page);
        Assert.Contains(WebUtility.HtmlEncode(string.Format(System.Globalization.CultureInfo.InvariantCulture, TabText.ConfigText.En, "PU2-6")), page);
        Assert.Contains("data-entity-id=\"pu2-6-knowledge\" data-content-path=\"/tab\"", page);
        Assert.Contains("src=\"/tab/assets/tab-config.js\"", page);
    }

    private static string Detail(string page, string taskId)
    {
        var start = page.IndexOf($"<section class=\"task-detail\" id=\"task-{taskId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, taskId);
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("class=\"button deep-link\"[^>]*href=\"([^\"]+)\"")]
    private static partial Regex DeepLinks();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
