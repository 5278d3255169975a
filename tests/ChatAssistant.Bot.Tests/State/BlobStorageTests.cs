using Azure.Storage.Blobs;
using ChatAssistant.Bot.State;
using Microsoft.Bot.Builder;

namespace ChatAssistant.Bot.Tests.State;

/// <summary>The storage contract on Azure Blob storage, against Azurite, in a container of its own per test.</summary>
public sealed class BlobStorageTests : StorageContract
{
    private readonly BlobContainerClient container;

    public BlobStorageTests()
    {
        container = new BlobContainerClient(Azurite.ConnectionString, Azurite.UniqueName("state-"));
        container.CreateIfNotExists();
    }

    protected override IStateStorage NewStorage() => new BlobStorage(new BlobContainerClient(Azurite.ConnectionString, container.Name));

    protected override Task PlantRawAsync(string key, string json) =>
        container.GetBlobClient(StorageKey.Escape(key)).UploadAsync(BinaryData.FromString(json), overwrite: true);
}
