using System.Buffers;
using System.Text.Json;
using ChatAssistant.Knowledge.Search;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ChatAssistant.Bot.Hosting;

/// <summary>
/// POST /api/messages. Checks size and JSON before the adapter sees the body, and turns every failure the adapter
/// lets escape into a 4xx: a channel never gets a 500 and never sees exception text.
/// </summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, IOptions<LimitsOptions> limits, IOptions<BotCredentialsOptions> credentials, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        if (!credentials.Value.IsLocalMode && !BearerTokenShape.IsPlausible(http.Request.Headers.Authorization))
        {
            logger.LogWarning("Rejected an activity without a readable bearer token");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var max = limits.Value.MaxActivityBytes;
        if (http.Request.ContentLength > max)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        var body = await ReadLimitedAsync(http.Request.Body, http.Request.ContentLength, max, http.RequestAborted);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (!LooksLikeActivity(body))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        http.Request.Body = body;
        http.Request.ContentLength = body.Length;
        try
        {
            await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
        }
        catch (Exception e) when (IsAuthenticationFailure(e))
        {
            logger.LogWarning("Rejected an activity that failed authentication: {Reason}", e.GetType().Name);
            Respond(http, StatusCodes.Status401Unauthorized);
        }
        catch (Exception e) when (e is JsonException or Newtonsoft.Json.JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            logger.LogWarning("Rejected a malformed activity: {Reason}", e.GetType().Name);
            Respond(http, StatusCodes.Status400BadRequest);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception e)
        {
            logger.LogError(e, "Activity processing failed outside a turn");
            Respond(http, StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>
    /// CloudAdapter turns only UnauthorizedAccessException into 401; IdentityModel's exceptions (bad signature, unknown
    /// key, malformed token, alg=none, future nbf) escape it. A malformed token derives from ArgumentException, so this
    /// check runs before the malformed-activity one.
    /// </summary>
    private static bool IsAuthenticationFailure(Exception e) =>
        e is UnauthorizedAccessException or SecurityTokenException or SecurityTokenArgumentException
        || (e.InnerException is not null && IsAuthenticationFailure(e.InnerException));

    private static void Respond(HttpContext http, int status)
    {
        if (!http.Response.HasStarted) http.Response.StatusCode = status;
    }

    private const int InitialBufferLimit = 32 * 1024;

    /// <summary>Reads the body into memory, or returns null once it passes <paramref name="max"/> bytes.</summary>
    private static async Task<MemoryStream?> ReadLimitedAsync(Stream body, long? declaredLength, int max, CancellationToken cancellationToken)
    {
        // Sized from Content-Length (the channels send one) up to a typical activity's size, so the buffer is rarely
        // regrown; never more up front, or a client announcing a large body and trickling it would hold that memory.
        var buffer = new MemoryStream(declaredLength is > 0 and long length ? (int)Math.Min(length, InitialBufferLimit) : 4096);
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > max) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>A JSON object with a string "type": anything else is not an activity at all.</summary>
    private static bool LooksLikeActivity(MemoryStream body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length), new JsonDocumentOptions { MaxDepth = 64 });
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
        finally
        {
            body.Position = 0;
        }
    }
}
