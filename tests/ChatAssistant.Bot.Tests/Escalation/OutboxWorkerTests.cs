using ChatAssistant.Bot.Escalation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.Escalation;

public class OutboxWorkerTests
{
    /// <summary>
    /// Building the delivery side can fail for a moment (the store cannot be opened just then). The worker logs it
    /// and tries again; before, the exception ended the worker and .NET then stopped the whole host.
    /// </summary>
    [Fact]
    public async Task AFailureToBuildTheDeliverySideIsLoggedAndRetriedNotFatal()
    {
        using var services = new ServiceCollection().BuildServiceProvider(); // no TicketDelivery: every build fails
        var logs = new CapturedLogs();
        var signal = new OutboxSignal();
        var worker = new OutboxWorker(services, signal, Options.Create(new EscalationOptions { OutboxInterval = TimeSpan.FromMilliseconds(20) }),
            new Logger<OutboxWorker>(new LoggerFactory([logs])));

        await worker.StartAsync(default);
        await Eventually.TrueAsync(() => logs.Lines.Count(l => l.Contains("outbox run failed", StringComparison.Ordinal)) >= 3, "three failed outbox runs");

        Assert.False(worker.ExecuteTask!.IsCompleted);
        await worker.StopAsync(default);
        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
    }
}
