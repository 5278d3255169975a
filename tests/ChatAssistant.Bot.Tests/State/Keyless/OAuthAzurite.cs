using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage;
using Azure.Storage.Blobs;
using ChatAssistant.Bot.Tests.Hosting.Authentication;

namespace ChatAssistant.Bot.Tests.State.Keyless;

/// <summary>
/// An Azurite of its own in OAuth mode (<c>--oauth basic</c>), which needs HTTPS: it serves the 127.0.0.1 certificate
/// of <see cref="TestCertificates"/>, so a bot process that trusts the test CA (SSL_CERT_FILE) reaches it as it would
/// reach a storage account. What Azurite 3.37 checks in a bearer token, read in its BlobTokenAuthenticator and
/// TableTokenAuthenticator: the request is HTTPS; the token decodes as a JWT (the signature is NOT verified); nbf,
/// exp and iat are present and now lies between nbf and exp; iss starts with an Entra issuer
/// (https://sts.windows.net/ and the sovereign clouds'); aud is https://storage.azure.com (with or without a trailing
/// slash), the storage app ID e406a681-…, or the account's own blob/table endpoint. Scopes and roles are not checked.
/// The test side (<see cref="Blobs"/>, <see cref="Tables"/>) plays the deployment, which creates the container and
/// tables with its own rights, so it uses the emulator's account key; the bot is given none.
/// </summary>
internal sealed class OAuthAzurite : IDisposable
{
    private readonly Azurite.Server server;
    private readonly HttpClientTransport transport;

    private OAuthAzurite(Azurite.Server server, string debugLog, TestCertificates certificates)
    {
        this.server = server;
        DebugLog = debugLog;
        // The test side trusts exactly the server certificate Azurite was given, nothing else.
        var thumbprint = certificates.Server.Thumbprint;
        transport = new HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        });
    }

    /// <summary>Azurite's debug log: which authenticator accepted or refused each request.</summary>
    public string DebugLog { get; }

    public Uri BlobServiceUri => new($"https://127.0.0.1:{server.BlobPort}/{Azurite.Account}");
    public Uri TableServiceUri => new($"https://127.0.0.1:{server.TablePort}/{Azurite.Account}");

    public BlobServiceClient Blobs => new(BlobServiceUri, new StorageSharedKeyCredential(Azurite.Account, Azurite.AccountKey), new BlobClientOptions { Transport = transport });
    public TableServiceClient Tables => new(TableServiceUri, new TableSharedKeyCredential(Azurite.Account, Azurite.AccountKey), new TableClientOptions { Transport = transport });

    public static OAuthAzurite Start(TestCertificates certificates)
    {
        var folder = TestFolders.New("azurite-oauth");
        var certificate = Path.Combine(folder, "server.pem");
        var key = Path.Combine(folder, "server.key");
        File.WriteAllText(certificate, certificates.Server.ExportCertificatePem());
        using (var rsa = System.Security.Cryptography.X509Certificates.RSACertificateExtensions.GetRSAPrivateKey(certificates.Server)!)
            File.WriteAllText(key, rsa.ExportPkcs8PrivateKeyPem());
        var debugLog = Path.Combine(folder, "debug.log");
        var server = Azurite.Launch(["--oauth", "basic", "--cert", certificate, "--key", key, "--debug", debugLog]);
        return new OAuthAzurite(server, debugLog, certificates);
    }

    /// <summary>Creates the container and tables, as the deployment template does before the bot starts.</summary>
    public async Task CreateAsync(string container, IEnumerable<string> tables)
    {
        await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync();
        foreach (var table in tables) await Tables.GetTableClient(table).CreateIfNotExistsAsync();
    }

    /// <summary>Azurite's debug log so far (it is written as requests come in).</summary>
    public string ReadDebugLog()
    {
        using var stream = new FileStream(DebugLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        server.Dispose();
        transport.Dispose();
    }
}
