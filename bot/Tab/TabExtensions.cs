namespace ChatAssistant.Bot.Tab;

public static class TabExtensions
{
    /// <summary>The knowledge tab: its settings, its embedded scripts and style, and the page rendered per content snapshot.</summary>
    public static IHostApplicationBuilder AddTab(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TabOptions>().BindConfiguration(TabOptions.Section);
        builder.Services.AddSingleton<TabAssets>();
        builder.Services.AddSingleton<TabPages>();
        return builder;
    }
}
