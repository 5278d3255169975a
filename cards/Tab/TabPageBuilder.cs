using System.Text;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tab.TabHtml;

namespace ChatAssistant.Cards.Tab;

/// <summary>
/// The knowledge tab: the task map, the task cards, the roles and the service management system diagram, rendered
/// on the server from the loaded content so that it reads without JavaScript. Scripts and styles are files
/// (the page's Content-Security-Policy allows no inline script or style).
/// </summary>
public static class TabPageBuilder
{
    public static string Build(KnowledgeBase knowledge, TabPageSettings settings, Language language)
    {
        var card = knowledge.Card(settings.CardId) ?? knowledge.Cards.FirstOrDefault();
        var html = new StringBuilder(64 * 1024);
        var other = language == Language.Lv ? Language.En : Language.Lv;
        var title = card is null ? TabText.AppTitle.In(language) : $"{card.Id}: {Capitalised(card.Title.In(language))}";

        Head(html, settings, language, $"{title} — {TabText.AppTitle.In(language)}", TabPageSettings.ScriptFile);
        html.Append("<body><a class=\"skip\" href=\"#main\">").Append(Encode(TabText.SkipToContent.In(language))).Append("</a>");
        html.Append("<header><p class=\"app-title\">").Append(Encode(TabText.AppTitle.In(language))).Append("</p>");
        html.Append("<nav aria-label=\"").Append(Encode(TabText.Sections.In(language))).Append("\"><ul>");
        NavLink(html, "map", TabText.MapHeading.In(language));
        if (card is not null) NavLink(html, CardAnchor(card.Id), Format(TabText.CardHeading, language, card.Id));
        if (card is { Roles.Count: > 0 }) NavLink(html, "roles", TabText.RolesHeading.In(language));
        if (SystemSection(card) is not null) NavLink(html, "system", TabText.SystemHeading.In(language));
        html.Append("</ul></nav>");
        html.Append("<a class=\"lang\" href=\"?lang=").Append(other.Code()).Append("\" lang=\"").Append(other.Code()).Append("\" hreflang=\"").Append(other.Code())
            .Append("\" title=\"").Append(Encode(TabText.OtherLanguageHint.In(language))).Append("\">").Append(Encode(TabText.OtherLanguage.In(language))).Append("</a></header>");

        html.Append("<main id=\"main\" tabindex=\"-1\"><h1>").Append(Encode(title)).Append("</h1>");
        Map(html, knowledge, settings, card, language);
        foreach (var held in knowledge.Cards.OrderBy(c => c.Id != card?.Id)) CardSections.Write(html, knowledge, held, language);
        if (card is { Roles.Count: > 0 }) RoleSections.Write(html, knowledge, card, settings.BotAppId, language);
        if (SystemSection(card) is { } system)
        {
            html.Append("<section id=\"system\" aria-labelledby=\"system-title\"><h2 id=\"system-title\">").Append(Encode(Capitalised(system.Title.In(language))))
                .Append(' ').Append(Slide(system.Slide, language)).Append("</h2><p>").Append(Encode(system.Summary.In(language))).Append("</p>")
                .Append("<div class=\"diagram\">").Append(SystemDiagramSvg.Build(system, language)).Append("</div></section>");
        }
        html.Append("</main><footer><p>").Append(Encode(TabText.NoPersonalData.In(language))).Append("</p></footer></body></html>");
        return html.ToString();
    }

    /// <summary>The channel tab's configuration page: a short explanation in both languages; its script saves the tab.</summary>
    public static string BuildConfig(TabPageSettings settings, string entityId, string contentPath)
    {
        var html = new StringBuilder();
        Head(html, settings, Language.Lv, $"{TabText.ConfigHeading.Lv} — {TabText.AppTitle.Lv}", TabPageSettings.ConfigScriptFile);
        html.Append("<body data-entity-id=\"").Append(Encode(entityId)).Append("\" data-content-path=\"").Append(Encode(contentPath))
            .Append("\" data-tab-name=\"").Append(Encode(TabText.TabName.Lv)).Append("\"><main id=\"main\">");
        foreach (var language in new[] { Language.Lv, Language.En })
        {
            html.Append("<section lang=\"").Append(language.Code()).Append("\"><h").Append(language == Language.Lv ? '1' : '2').Append('>')
                .Append(Encode(TabText.ConfigHeading.In(language))).Append("</h").Append(language == Language.Lv ? '1' : '2').Append("><p>")
                .Append(Encode(Format(TabText.ConfigText, language, settings.CardId))).Append("</p></section>");
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static Section? SystemSection(TaskCard? card) => card?.Sections.FirstOrDefault(s => s.Id == SystemDiagramSvg.SectionId);

    private static void Head(StringBuilder html, TabPageSettings settings, Language language, string title, string script)
    {
        var assets = settings.AssetPath.TrimEnd('/');
        // The Teams library is loaded by teams-host.js only inside a host's frame: on load it fetches a list of origins
        // from Microsoft's CDN, which a plain browser has no use for (and the policy refuses).
        html.Append("<!DOCTYPE html><html lang=\"").Append(language.Code()).Append('"');
        if (settings.TeamsJs) html.Append(" data-teams-js=\"").Append(assets).Append('/').Append(TabPageSettings.TeamsJsFile).Append('"');
        html.Append("><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\">")
            .Append("<title>").Append(Encode(title)).Append("</title><link rel=\"icon\" href=\"data:,\">")
            .Append("<link rel=\"stylesheet\" href=\"").Append(assets).Append('/').Append(TabPageSettings.StyleFile).Append("\">");
        html.Append("<script defer src=\"").Append(assets).Append('/').Append(TabPageSettings.TeamsHostFile).Append("\"></script>");
        html.Append("<script defer src=\"").Append(assets).Append('/').Append(script).Append("\"></script></head>");
    }

    private static void NavLink(StringBuilder html, string anchor, string text) =>
        html.Append("<li><a href=\"#").Append(anchor).Append("\">").Append(Encode(text)).Append("</a></li>");

    private static void Map(StringBuilder html, KnowledgeBase knowledge, TabPageSettings settings, TaskCard? card, Language language)
    {
        var catalogue = knowledge.Catalogue;
        var highlighted = card?.Id ?? settings.CardId;
        html.Append("<section id=\"map\" aria-labelledby=\"map-title\"><h2 id=\"map-title\">").Append(Encode(TabText.MapHeading.In(language))).Append("</h2>");
        html.Append("<p>").Append(Encode(Format(TabText.MapIntro, language, catalogue.Tasks.Count))).Append("</p>");
        html.Append("<div class=\"diagram\">").Append(TaskMapSvg.Build(catalogue, highlighted, language)).Append("</div>");

        html.Append("<h3>").Append(Encode(TabText.LegendHeading.In(language))).Append("</h3><ul class=\"legend\">");
        html.Append("<li><span class=\"key key-highlighted\" aria-hidden=\"true\"></span>").Append(Encode(Format(TabText.LegendHighlighted, language, highlighted))).Append("</li>");
        html.Append("<li><span class=\"key key-related\" aria-hidden=\"true\"></span>").Append(Encode(Format(TabText.LegendNeighbour, language, highlighted)));
        foreach (var unclear in TaskMap.LinksOf(catalogue, highlighted).Select(l => l.Link.Unclear).OfType<Text>().DistinctBy(u => u.In(language))) Uncertain(html, unclear, language);
        html.Append("</li>");
        html.Append("<li><span class=\"key\" aria-hidden=\"true\"></span>").Append(Encode(TabText.LegendRepeats.In(language))).Append("</li>");
        if (catalogue.Areas.Count > 0)
        {
            html.Append("<li><span class=\"key key-area\" aria-hidden=\"true\"></span>").Append(Encode(TabText.LegendArea.In(language)));
            foreach (var area in catalogue.Areas) Uncertain(html, area.Unclear, language);
            html.Append("</li>");
        }
        html.Append("</ul>");
        TaskDetails.Write(html, knowledge, language);
        html.Append("</section>");
    }
}
