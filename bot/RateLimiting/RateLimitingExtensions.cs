
namespace ChatAssistant.Bot.RateLimiting;

public static class RateLimitingExtensions
{
    public static IHostApplicationBuilder AddRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddSingleton<UserRateLimiter>();
        builder.Services.AddSingleton<RateLimitMiddleware>();
        return builder;
    }
}
