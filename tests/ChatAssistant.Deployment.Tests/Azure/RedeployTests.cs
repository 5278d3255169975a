using System.Text.Json.Nodes;
using ChatAssistant.Bot.Admin;
using ChatAssistant.Bot.Escalation;
using ChatAssistant.Bot.State;
using ChatAssistant.Deployment.Tests.Azure.Evaluation;
using Microsoft.Extensions.Configuration;

namespace ChatAssistant.Deployment.Tests.Azure;

/// <summary>
/// The template's parameter-to-settings mapping, deployed twice: a redeploy with the parameters file (which holds no
/// secret) must leave every app setting and every secret as the first deployment left them.
/// </summary>
public sealed class RedeployTests
{
    private static readonly JsonObject Template = ArmTemplate.Main.Root;

    public static TheoryData<string> Modes() => ["UserAssignedMSI", "SingleTenant"];

    private static Dictionary<string, JsonNode?> First(string mode) => mode == "SingleTenant" ? ParameterSets.SingleTenant() : ParameterSets.UserAssigned();

    [Theory]
    [MemberData(nameof(Modes))]
    public void ARedeployWithTheParametersFileChangesNothing(string mode)
    {
        var group = new DeployedResourceGroup();
        group.Deploy(Template, First(mode));
        var settings = group.AppSettings.DeepClone();
        var configuration = group.BotConfiguration();
        var versions = group.SecretVersionCounts;

        group.Deploy(Template, ParameterSets.WithoutSecrets(First(mode)));

        Assert.True(JsonNode.DeepEquals(settings, group.AppSettings), $"before: {settings.ToJsonString()}\nafter: {group.AppSettings.ToJsonString()}");
        Assert.Equal(configuration, group.BotConfiguration());
        Assert.Equal(versions, group.SecretVersionCounts);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void TheSecretsStillResolveAfterARedeployWithoutThem(string mode)
    {
        var group = new DeployedResourceGroup();
        group.Deploy(Template, First(mode));
        group.Deploy(Template, ParameterSets.WithoutSecrets(First(mode)));

        Assert.Equal(ParameterSets.AdminKey, group.Resolved("Escalation__AdminApiKey"));
        Assert.Equal(mode == "SingleTenant" ? ParameterSets.AppPassword : "", group.Resolved("MicrosoftAppPassword"));
    }

    [Fact]
    public void AddingTheConsultationChannelLaterChangesThatSettingAlone()
    {
        var group = new DeployedResourceGroup();
        group.Deploy(Template, ParameterSets.SingleTenant());
        var before = group.BotConfiguration();

        group.Deploy(Template, ParameterSets.WithoutSecrets(ParameterSets.SingleTenant()).With("consultationChannelId", ParameterSets.ChannelId));

        var after = group.BotConfiguration();
        Assert.Equal(ParameterSets.ChannelId, after["Escalation:ConsultationChannelId"]);
        Assert.Equal(["Escalation:ConsultationChannelId"], after.Where(s => before[s.Key] != s.Value).Select(s => s.Key));
        Assert.Equal(ParameterSets.AppPassword, group.Resolved("MicrosoftAppPassword"));
    }

    [Fact]
    public void ANewSecretBecomesTheNewestVersionAndTheSettingStaysTheSame()
    {
        var group = new DeployedResourceGroup();
        group.Deploy(Template, ParameterSets.SingleTenant());
        var setting = (string?)group.AppSettings["MicrosoftAppPassword"];

        group.Deploy(Template, ParameterSets.SingleTenant().With("msaAppPassword", "rotated-client-secret"));

        Assert.Equal(setting, (string?)group.AppSettings["MicrosoftAppPassword"]);
        Assert.Equal("rotated-client-secret", group.Resolved("MicrosoftAppPassword"));
        Assert.Equal(2, group.SecretVersionCounts["MicrosoftAppPassword"]);
    }

    [Fact]
    public void BeforeTheAdminKeyIsGivenTheSettingIsAnUnresolvedReference()
    {
        // The bot treats this literal as "no key" (the admin endpoints answer 404) and logs which setting it is.
        var group = new DeployedResourceGroup();
        group.Deploy(Template, ParameterSets.UserAssigned().With("escalationAdminApiKey", ""));

        Assert.StartsWith("@Microsoft.KeyVault(", group.Resolved("Escalation__AdminApiKey"), StringComparison.Ordinal);
        Assert.False(group.SecretVersionCounts.ContainsKey("EscalationAdminApiKey"));
    }

    [Fact]
    public void ASecretWrittenOnEveryDeploymentWouldBeBlankedAndTheseChecksSeeIt()
    {
        // Guards the tests above: the template as it was (the secret written unconditionally) loses the password.
        var unconditional = (JsonObject)Template.DeepClone();
        foreach (var secret in unconditional["resources"]!.AsArray().OfType<JsonObject>().Where(r => (string?)r["type"] == "Microsoft.KeyVault/vaults/secrets"))
            secret["condition"] = "[equals(parameters('msaAppType'), 'SingleTenant')]";
        var group = new DeployedResourceGroup();
        group.Deploy(unconditional, ParameterSets.SingleTenant());

        group.Deploy(unconditional, ParameterSets.WithoutSecrets(ParameterSets.SingleTenant()));

        Assert.Equal("", group.Resolved("MicrosoftAppPassword"));
    }

    [Fact]
    public void TheSettingsBindToTheBotsOptions()
    {
        var group = new DeployedResourceGroup();
        group.Deploy(Template, ParameterSets.UserAssigned().With("consultationChannelId", ParameterSets.ChannelId));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(group.BotConfiguration()).Build();

        var escalation = configuration.GetSection(EscalationOptions.Section).Get<EscalationOptions>()!;
        var admin = configuration.GetSection(AdminOptions.Section).Get<AdminOptions>()!;
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>()!;

        Assert.Equal(["29:admin-one", "8a7b6c5d-0000-4000-8000-00000000abcd"], admin.AdminIds);
        Assert.Equal((ParameterSets.ChannelId, ParameterSets.AdminKey, 365, "lv"), (escalation.ConsultationChannelId, admin.AdminApiKey, escalation.RetentionDays, escalation.ChannelLanguage));
        var adminNetwork = configuration.GetSection(AdminNetworkOptions.Section).Get<AdminNetworkOptions>()!;
        Assert.Equal(["203.0.113.0/24"], adminNetwork.AllowedIpRanges);
        Assert.True(adminNetwork.Admits(System.Net.IPAddress.Parse("203.0.113.40")));
        Assert.True(storage.UsesServiceUris);
        Assert.False(storage.UsesConnectionString);
        Assert.Equal(AzureWorld.IdentityClientId, storage.ManagedIdentityClientId);
        Assert.Equal("https", storage.BlobServiceUri!.Scheme);
        Assert.EndsWith(".table.core.windows.net/", storage.TableServiceUri!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingAnAdminFromTheParametersRemovesItsSetting()
    {
        var group = new DeployedResourceGroup();
        group.Deploy(Template, ParameterSets.UserAssigned());

        group.Deploy(Template, ParameterSets.UserAssigned().With("escalationAdminIds", new JsonArray("29:admin-one")));

        Assert.Equal(["Escalation__AdminIds__0"], group.AppSettings.Select(s => s.Key).Where(k => k.StartsWith("Escalation__AdminIds", StringComparison.Ordinal)));
    }
}
