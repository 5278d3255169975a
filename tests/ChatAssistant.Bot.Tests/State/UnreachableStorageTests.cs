using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAssistant.Bot.Tests.State;

public class UnreachableStorageTests
{
    [Fact]
    public void TheBotDoesNotStartWhenItsAzureStorageCannotBeReachedAndSaysWhy()
    {
        // Nothing listens on port 1 of the loopback address.
        var nowhere = $"DefaultEndpointsProtocol=http;AccountName={Azurite.Account};AccountKey={Azurite.AccountKey};" +
                      $"BlobEndpoint=http://127.0.0.1:1/{Azurite.Account};TableEndpoint=http://127.0.0.1:1/{Azurite.Account};";
        var log = new LogSink();
        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder => builder
            .UseSetting("Storage:AzureConnectionString", nowhere)
            .ConfigureLogging(logging => logging.AddProvider(log)));

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(log.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("Azure Storage (Storage:AzureConnectionString) could not be reached", critical.Message);
        Assert.DoesNotContain(Azurite.AccountKey, critical.Message);
    }

    /// <summary>Keeps what the host logs, to read it back.</summary>
    private sealed class LogSink : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
