
namespace ChatAssistant.Bot.RateLimiting;

public static class RateLimitingExtensions
{
    public static IHostApplicationBuilder AddRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        builder.Services.AddSingleton<UserRateLimiter>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, RateLimitMiddleware>();
        return builder;
    }
}
