using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ChatAssistant.Bot.Tests.Hosting.Authentication;

/// <summary>
/// A throwaway certificate authority and a 127.0.0.1 server certificate it signed. The bot process trusts only this
/// CA (SSL_CERT_FILE), so its HTTPS metadata fetches reach our server and nothing else.
/// </summary>
internal sealed class TestCertificates : IDisposable
{
    public TestCertificates()
    {
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=ChatAssistant Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        Authority = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Authority, true, false));
        using var signed = serverRequest.Create(Authority, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), RandomNumberGenerator.GetBytes(16));
        using var withKey = signed.CopyWithPrivateKey(serverKey);
        // Kestrel on Linux wants a certificate whose key it can use; a PKCS#12 round trip gives it one.
        Server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), null);

        Folder = Path.Combine(Path.GetTempPath(), "chatassistant-auth-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        AuthorityFile = Path.Combine(Folder, "test-ca.pem");
        File.WriteAllText(AuthorityFile, Authority.ExportCertificatePem());
    }

    public X509Certificate2 Authority { get; }
    public X509Certificate2 Server { get; }
    public string Folder { get; }

    /// <summary>The CA alone, in PEM: the bot process's whole trust store.</summary>
    public string AuthorityFile { get; }

    public void Dispose()
    {
        Authority.Dispose();
        Server.Dispose();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
