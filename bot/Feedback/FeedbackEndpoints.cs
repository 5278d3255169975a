using ChatAssistant.Bot.Admin;

namespace ChatAssistant.Bot.Feedback;

/// <summary>/admin/feedback/export: every "helpful / not helpful" vote for the content editors, as CSV or JSON.</summary>
public static class FeedbackEndpoints
{
    public static RouteGroupBuilder MapFeedbackAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/feedback/export", async (string? format, IFeedbackStore store, CancellationToken cancellationToken) =>
        {
            var votes = await store.ListAsync(cancellationToken);
            return AdminApi.Export(format, () => FeedbackExport.ToCsv(votes), () => FeedbackExport.ToJson(votes));
        });
        return admin;
    }
}
