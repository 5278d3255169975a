using ChatAssistant.Bot.Dialogs;
using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Checklists;

public static class ChecklistsExtensions
{
    /// <summary>Checklists in the chat, their role-picker flow, and the progress store.</summary>
    public static IHostApplicationBuilder AddChecklists(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStore<IChecklistStore, SqliteChecklistStore, TableChecklistStore>(sp => new TableChecklistStore(sp.AzureStorage().Checklists));
        services.AddSingleton<ChecklistService>();
        services.AddSingleton<IFlow, ChecklistFlow>();
        services.AddSingleton<ChecklistChat>();
        return builder;
    }
}
