namespace ChatAssistant.TeamsPackager;

/// <summary>
/// The Teams app's ID kept in a file: Teams knows an app by this ID, so every later package must carry the same one
/// (a new ID is a new app, installed beside the old). The first run creates the file; later runs read it.
/// </summary>
public static class AppIdFile
{
    public static string ReadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var text = File.ReadAllText(path).Trim();
            return Guid.TryParseExact(text, "D", out _)
                ? text
                : throw new InvalidDataException($"{path} does not hold a Teams app ID (a GUID); it holds '{text}'.");
        }
        var id = Guid.NewGuid().ToString("D");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, id + Environment.NewLine);
        Console.WriteLine($"New Teams app ID {id} written to {path}: keep this file and pass it on every later build.");
        return id;
    }
}
