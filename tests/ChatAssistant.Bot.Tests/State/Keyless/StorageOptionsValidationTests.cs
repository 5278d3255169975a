using Azure.Identity;
using ChatAssistant.Bot.State;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Bot.Tests.State.Keyless;

/// <summary>A half-configured keyless storage stops the start-up; the options choose the credential.</summary>
public sealed class StorageOptionsValidationTests
{
    [Theory]
    [InlineData("https://a.blob.core.windows.net/", "", "Storage:TableServiceUri is missing")]
    [InlineData("http://a.blob.core.windows.net/", "https://a.table.core.windows.net/", "Storage:BlobServiceUri must be an absolute https URL")]
    [InlineData("a.blob.core.windows.net", "https://a.table.core.windows.net/", "Storage:BlobServiceUri must be an absolute https URL")]
    public void AHalfConfiguredKeylessStorageStopsTheStart(string blob, string table, string expected)
    {
        using var factory = new BotApplicationFactory().WithWebHostBuilder(builder => builder
            .UseSetting("Storage:BlobServiceUri", blob)
            .UseSetting("Storage:TableServiceUri", table));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void AConnectionStringAndServiceEndpointsTogetherAreRefused()
    {
        var result = new StorageOptionsValidation().Validate(null, new StorageOptions
        {
            AzureConnectionString = "UseDevelopmentStorage=true",
            BlobServiceUri = new Uri("https://a.blob.core.windows.net/"),
            TableServiceUri = new Uri("https://a.table.core.windows.net/"),
        });

        Assert.True(result.Failed);
        Assert.Contains("not both", result.FailureMessage);
    }

    [Fact]
    public void EmptyEndpointsMeanNoAzureStorage()
    {
        // The template always writes both settings; empty binds to an empty relative Uri, which must mean "not set".
        var options = new StorageOptions { BlobServiceUri = new Uri("", UriKind.RelativeOrAbsolute), TableServiceUri = new Uri("", UriKind.RelativeOrAbsolute) };

        Assert.False(options.UsesAzure);
        Assert.True(new StorageOptionsValidation().Validate(null, options).Succeeded);
    }

    [Fact]
    public void AClientIdChoosesThatManagedIdentityAndNoneTheDefaultChain()
    {
        Assert.IsType<ManagedIdentityCredential>(StorageCredential.For(new StorageOptions { ManagedIdentityClientId = "2c9d7a61-0f3e-4b5a-8d1c-6e7f8a9b0c1d" }));
        Assert.IsType<DefaultAzureCredential>(StorageCredential.For(new StorageOptions()));
    }
}
