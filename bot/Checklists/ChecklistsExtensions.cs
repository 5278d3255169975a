using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Checklists;

public static class ChecklistsExtensions
{
    /// <summary>Checklists in the chat, their role-picker flow, the progress store and its retention.</summary>
    public static IHostApplicationBuilder AddChecklists(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ChecklistOptions>().BindConfiguration(ChecklistOptions.Section);
        services.AddStore<IChecklistStore, SqliteChecklistStore, TableChecklistStore>(sp => new TableChecklistStore(sp.AzureStorage().Checklists));
        services.AddSingleton<ChecklistService>();
        services.AddSingleton<IFlow, ChecklistFlow>();
        services.AddSingleton<ChecklistChat>();
        services.AddHostedService<ChecklistRetentionWorker>();
        return builder;
    }
}
