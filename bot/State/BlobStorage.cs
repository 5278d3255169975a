using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ChatAssistant.Bot.State;

/// <summary>
/// Bot Builder <see cref="IStorage"/> on Azure Blob storage, one blob per key, with the same ETag rules as
/// <see cref="SqliteStorage"/>: an <see cref="IStoreItem"/> whose ETag is neither "*" nor the stored one fails, an
/// item without an ETag may create a blob but not replace one, and every write gets a new ETag. The checks are the
/// blob service's own conditional writes, so two instances of the bot cannot both win.
/// Bot Builder's ConversationState and UserState save a plain dictionary, not an <see cref="IStoreItem"/>, so their
/// writes are unconditional: the later save overwrites.
/// </summary>
public sealed class BlobStorage(BlobContainerClient container) : IStateStorage
{
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>();
        foreach (var key in keys.Distinct())
        {
            BlobDownloadResult download;
            try
            {
                download = (await Blob(key).DownloadContentAsync(cancellationToken)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                continue;
            }
            // Text that looks like a date must come back as the same text.
            using var text = new JsonTextReader(new StringReader(download.Content.ToString())) { DateParseHandling = DateParseHandling.None };
            var value = JObject.Load(text).ToObject<object>(StateSerializer.Instance);
            if (value is IStoreItem item) item.ETag = download.Details.ETag.ToString();
            if (value is not null) result[key] = value;
        }
        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                await DeleteAsync([key], cancellationToken);
                continue;
            }
            var content = BinaryData.FromString(JObject.FromObject(value, StateSerializer.Instance).ToString(Formatting.None));
            var etag = (value as IStoreItem)?.ETag;
            if (value is not IStoreItem || etag == "*")
            {
                await Blob(key).UploadAsync(content, overwrite: true, cancellationToken);
            }
            else if (string.IsNullOrEmpty(etag))
            {
                // As in the SDK's storages, an item without an ETag may create a blob but not replace one.
                if (!await TryCreateAsync(key, content, cancellationToken))
                {
                    throw new InvalidOperationException($"Etag conflict for key '{key}': an item exists and the write carried no ETag.");
                }
            }
            else if (!await TryReplaceAsync(key, content, new ETag(etag), cancellationToken) && !await TryCreateAsync(key, content, cancellationToken))
            {
                // A missing blob is a new item and is written; an existing one with another ETag is a conflict.
                throw new InvalidOperationException($"Etag conflict for key '{key}': the stored item was changed by someone else.");
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            await Blob(key).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }

    /// <summary>
    /// Deletes the conversation and user state blobs whose Last-Modified is before <paramref name="cutoff"/>. The
    /// delete is conditional on that time, so a blob a turn writes meanwhile stays. A hashed name (a key too long to
    /// spell out) can only come from a sender's IDs, so it counts as turn state; a name this store cannot have made stays.
    /// </summary>
    public async Task<int> DeleteTurnStateOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken))
        {
            if (blob.Properties.LastModified is not { } modified || modified >= cutoff) continue;
            var turnState = StorageKey.Unescape(blob.Name) is { } key ? TurnStateKeys.IsTurnState(key) : StorageKey.IsHashed(blob.Name);
            if (!turnState) continue;
            try
            {
                var gone = await container.GetBlobClient(blob.Name).DeleteIfExistsAsync(
                    conditions: new BlobRequestConditions { IfUnmodifiedSince = modified }, cancellationToken: cancellationToken);
                if (gone.Value) deleted++;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Written by a turn since it was listed: kept.
            }
        }
        return deleted;
    }

    private BlobClient Blob(string key) => container.GetBlobClient(StorageKey.Escape(key));

    private async Task<bool> TryCreateAsync(string key, BinaryData content, CancellationToken cancellationToken)
    {
        try
        {
            await Blob(key).UploadAsync(content, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    private async Task<bool> TryReplaceAsync(string key, BinaryData content, ETag expected, CancellationToken cancellationToken)
    {
        try
        {
            await Blob(key).UploadAsync(content, new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = expected } }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }
}
