using ChatAssistant.Bot.Admin;

namespace ChatAssistant.Bot.Feedback;

/// <summary>/admin/unanswered/export: the questions the assistant declined or whose answer was marked not helpful.</summary>
public static class UnansweredEndpoints
{
    public static RouteGroupBuilder MapUnansweredAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/unanswered/export", async (string? format, IUnansweredStore store, CancellationToken cancellationToken) =>
        {
            var groups = await store.ListAsync(cancellationToken);
            return AdminApi.Export(format, () => UnansweredExport.ToCsv(groups), () => UnansweredExport.ToJson(groups));
        });
        return admin;
    }
}
