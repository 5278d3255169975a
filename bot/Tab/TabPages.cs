using System.Text;
using ChatAssistant.Bot.Hosting;
using ChatAssistant.Cards.Tab;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tab;

/// <summary>
/// The tab page rendered from the knowledge index's current snapshot, kept until a content reload swaps the snapshot:
/// the tab shows what the answers use, and a content edit reaches it with the same hot reload.
/// </summary>
public sealed class TabPages(KnowledgeIndex index, IOptions<TabOptions> options, IOptions<BotCredentialsOptions> credentials, TabAssets assets)
{
    public sealed record Page(string Html, string ETag);

    private sealed record Rendered(IndexSnapshot Snapshot, Page Lv, Page En);

    private volatile Rendered? rendered;

    public Page For(Language language)
    {
        var snapshot = index.Current;
        var current = rendered;
        if (current is null || !ReferenceEquals(current.Snapshot, snapshot))
        {
            // Two requests right after a reload may both render; either result is the same page.
            current = new Rendered(snapshot, Render(snapshot.Knowledge, Language.Lv), Render(snapshot.Knowledge, Language.En));
            rendered = current;
        }
        return language == Language.Lv ? current.Lv : current.En;
    }

    public Page Config()
    {
        var html = TabPageBuilder.BuildConfig(Settings, options.Value.EntityId, TabEndpoints.PagePath);
        return new Page(html, TabEtag.Of(Encoding.UTF8.GetBytes(html)));
    }

    private TabPageSettings Settings =>
        new(options.Value.CardId, credentials.Value.IsLocalMode ? null : credentials.Value.MicrosoftAppId, TabEndpoints.AssetPath, assets.HasTeamsJs);

    private Page Render(KnowledgeBase knowledge, Language language)
    {
        var html = TabPageBuilder.Build(knowledge, Settings, language);
        return new Page(html, TabEtag.Of(Encoding.UTF8.GetBytes(html)));
    }
}
