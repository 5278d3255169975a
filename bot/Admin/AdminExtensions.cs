namespace ChatAssistant.Bot.Admin;

public static class AdminExtensions
{
    /// <summary>The admins, and the key and address ranges of the /admin endpoints, which each feature maps its exports under (<see cref="AdminApi"/>).</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        builder.Services.AddSingleton<Admins>();
        builder.AddAdminNetwork();
        return builder;
    }
}
