using ChatAssistant.TeamsPackager;

// teams-packager (--app-id GUID | --app-id-file FILE) --bot-id GUID --host HOST --out FILE.zip --privacy-url URL --terms-url URL
//   [--version 1.0.0] [--short-name NAME] [--developer-name NAME]
//   [--website-url URL] [--template DIR] [--schema FILE | --no-schema]
// Options may also come from the environment: TEAMS_APP_ID, BOT_ID, BOT_HOST, TEAMS_APP_VERSION.
try
{
    var options = CommandLine.Parse(args);
    var settings = CommandLine.Settings(options);
    var entries = await TeamsPackageBuilder.BuildAsync(settings);
    Console.WriteLine($"{settings.OutputZip}: {string.Join(", ", entries)}");
    Console.WriteLine(settings.SchemaPath is null ? "manifest.json was NOT checked against the schema (--no-schema)" : $"manifest.json is valid against {settings.SchemaPath}");
    return 0;
}
catch (Exception e) when (e is PackageException or ArgumentException or InvalidOperationException or InvalidDataException or IOException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
