namespace ChatAssistant.TeamsPackager;

public static class CommandLine
{
    private static readonly HashSet<string> Flags = ["--no-schema"];
    private static readonly HashSet<string> Valued =
    [
        "--app-id", "--bot-id", "--out", "--version", "--short-name", "--developer-name", "--website-url", "--privacy-url",
        "--terms-url", "--template", "--schema", "--app-id-file", "--host",
    ];

    public static Dictionary<string, string?> Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string?>();
        for (var i = 0; i < args.Count; i++)
        {
            if (Flags.Contains(args[i])) options[args[i]] = null;
            else if (Valued.Contains(args[i]) && i + 1 < args.Count) options[args[i]] = args[++i];
            else throw new ArgumentException($"unknown option or missing value: {args[i]}");
        }
        return options;
    }

    public static PackageSettings Settings(Dictionary<string, string?> options)
    {
        string? Get(string option, string? environment = null) =>
            options.GetValueOrDefault(option) ?? (environment is null ? null : Environment.GetEnvironmentVariable(environment));
        string Required(string option, string? environment = null) =>
            Get(option, environment) ?? throw new ArgumentException($"{option} is required" + (environment is null ? "" : $" (or {environment})"));

        var template = Get("--template") ?? Path.Combine(AppContext.BaseDirectory, "teams");
        var noSchema = options.ContainsKey("--no-schema");
        var schema = noSchema ? null : Get("--schema") ?? ManifestSchema.BesideTool();
        return new PackageSettings
        {
            AppId = Get("--app-id", "TEAMS_APP_ID") ?? (Get("--app-id-file") is { } file ? AppIdFile.ReadOrCreate(file) : Required("--app-id", "TEAMS_APP_ID")),
            BotId = Required("--bot-id", "BOT_ID"),
            Host = Required("--host", "BOT_HOST"),
            OutputZip = Required("--out"),
            Version = Get("--version", "TEAMS_APP_VERSION") ?? "1.0.0",
            ShortName = Get("--short-name"),
            DeveloperName = Get("--developer-name"),
            WebsiteUrl = Get("--website-url"),
            PrivacyUrl = Required("--privacy-url"),
            TermsOfUseUrl = Required("--terms-url"),
            TemplateFolder = template,
            SchemaPath = schema,
        };
    }
}
