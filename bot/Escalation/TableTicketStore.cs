using Azure;
using Azure.Data.Tables;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Tickets in Azure Table storage, for several bot instances sharing one store. Each year is a partition holding its
/// tickets, its counter and a submission index, so a new ticket, its number and its submission ID are written in one
/// transaction: of two instances that read the same counter, one transaction fails and that one retries with the next
/// number, and a second submission of the same form finds the first one's index entry. Updates are conditional on
/// the entity's ETag, so of two saves from the same revision only one wins. The submission index is per year; a new
/// ticket also looks in last year's, so a form sent again across New Year is still one ticket. Lists scan the table,
/// which suits a consultation's ticket volume.
/// </summary>
public sealed class TableTicketStore(TableClient table) : ITicketStore
{
    private const string CounterKey = "counter";
    private const int MaxAttempts = 200;

    public async Task<Ticket> CreateAsync(Ticket draft, CancellationToken cancellationToken)
    {
        var year = draft.CreatedAt.UtcDateTime.Year;
        var partition = TicketEntity.Partition(year);
        var submissionKey = "submission_" + State.StorageKey.Escape(draft.SubmissionId);
        // The index lives in each year's partition (it must share the transaction with the number). A form sent again
        // across New Year (a retry, a second click at midnight) finds its ticket in last year's.
        var lastYear = await table.GetEntityIfExistsAsync<TableEntity>(TicketEntity.Partition(year - 1), submissionKey, cancellationToken: cancellationToken);
        if (lastYear.HasValue) return await SubmittedAsync(lastYear.Value!, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var submitted = await table.GetEntityIfExistsAsync<TableEntity>(partition, submissionKey, cancellationToken: cancellationToken);
            if (submitted.HasValue) return await SubmittedAsync(submitted.Value!, cancellationToken);

            var counter = await table.GetEntityIfExistsAsync<TableEntity>(partition, CounterKey, cancellationToken: cancellationToken);
            var number = (counter.HasValue ? counter.Value!.GetInt32("Last") ?? 0 : 0) + 1;
            var ticket = draft with { Id = TicketId.Format(year, number), Revision = 1, UpdatedAt = draft.CreatedAt };
            var next = new TableEntity(partition, CounterKey) { ["Last"] = number };
            TableTransactionAction[] transaction =
            [
                counter.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, next, counter.Value!.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, next),
                new TableTransactionAction(TableTransactionActionType.Add, TicketEntity.From(ticket)),
                new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, submissionKey) { ["TicketId"] = ticket.Id }),
            ];
            try
            {
                await table.SubmitTransactionAsync(transaction, cancellationToken);
                return ticket;
            }
            catch (TableTransactionFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another instance took this number (or this submission) first: read again and retry.
                await Task.Delay(Random.Shared.Next(1, 10 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

    private async Task<Ticket> SubmittedAsync(TableEntity index, CancellationToken cancellationToken) =>
        await GetAsync(index.GetString("TicketId"), cancellationToken)
        ?? throw new InvalidOperationException("A submission index entry points at a missing ticket.");

    public async Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var entity = await FindAsync(id, cancellationToken);
        return entity is null ? null : TicketEntity.ToTicket(entity);
    }

    public async Task<Ticket?> TryUpdateAsync(Ticket ticket, long expectedRevision, CancellationToken cancellationToken)
    {
        var current = await FindAsync(ticket.Id, cancellationToken, ["Revision"]);
        if (current is null || current.GetInt64("Revision") != expectedRevision) return null;
        var saved = ticket with { Revision = expectedRevision + 1 };
        try
        {
            await table.UpdateEntityAsync(TicketEntity.From(saved), current.ETag, TableUpdateMode.Replace, cancellationToken);
            return saved;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<Ticket>> ListBySubmitterAsync(string submitterId, CancellationToken cancellationToken)
    {
        var found = await QueryAsync(TableClient.CreateQueryFilter($"Kind eq {TicketEntity.Kind} and SubmitterId eq {submitterId}"), cancellationToken);
        return [.. found.OrderByDescending(e => e.GetInt64("CreatedTicks")).ThenByDescending(e => e.PartitionKey, StringComparer.Ordinal)
            .ThenByDescending(e => e.GetInt32("Number")).Select(TicketEntity.ToTicket)];
    }

    public async Task<IReadOnlyList<Ticket>> ListAllAsync(CancellationToken cancellationToken) =>
        InIdOrder(await QueryAsync(TableClient.CreateQueryFilter($"Kind eq {TicketEntity.Kind}"), cancellationToken));

    public async Task<IReadOnlyList<Ticket>> ListWithPendingAsync(CancellationToken cancellationToken) =>
        InIdOrder(await QueryAsync(TableClient.CreateQueryFilter($"Kind eq {TicketEntity.Kind} and HasPending eq {true}"), cancellationToken));

    public async Task<IReadOnlyList<Ticket>> ListOpenChangedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var (created, assigned) = (nameof(TicketStatus.New), nameof(TicketStatus.Assigned));
        var old = await QueryAsync(TableClient.CreateQueryFilter(
            $"Kind eq {TicketEntity.Kind} and (Status eq {created} or Status eq {assigned}) and UpdatedTicks lt {cutoff.UtcTicks}"), cancellationToken);
        return [.. old.OrderBy(e => e.GetInt64("UpdatedTicks")).Select(TicketEntity.ToTicket)];
    }

    public async Task<int> DeleteClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var (closed, answered) = (nameof(TicketStatus.Closed), nameof(TicketStatus.Answered));
        var old = await QueryAsync(TableClient.CreateQueryFilter(
            $"Kind eq {TicketEntity.Kind} and (Status eq {closed} or Status eq {answered}) and UpdatedTicks lt {cutoff.UtcTicks}"), cancellationToken);
        var deleted = 0;
        foreach (var entity in old)
        {
            var submissionKey = "submission_" + State.StorageKey.Escape(entity.GetString("SubmissionId"));
            TableTransactionAction[] transaction =
            [
                // The ETag: a ticket reopened since the query is kept.
                new TableTransactionAction(TableTransactionActionType.Delete, entity, entity.ETag),
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(entity.PartitionKey, submissionKey), ETag.All),
            ];
            try
            {
                await table.SubmitTransactionAsync(transaction, cancellationToken);
                deleted++;
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
            {
                // Changed or deleted by another instance meanwhile.
            }
        }
        return deleted;
    }

    private async Task<TableEntity?> FindAsync(string id, CancellationToken cancellationToken, IEnumerable<string>? select = null)
    {
        if (TicketEntity.PartitionOf(id) is not { } partition) return null;
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partition, id, select, cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private async Task<List<TableEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken)) list.Add(entity);
        return list;
    }

    private static List<Ticket> InIdOrder(List<TableEntity> entities) =>
        [.. entities.OrderBy(e => e.PartitionKey, StringComparer.Ordinal).ThenBy(e => e.GetInt32("Number")).Select(TicketEntity.ToTicket)];
}
