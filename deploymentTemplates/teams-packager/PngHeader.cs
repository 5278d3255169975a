using System.Buffers.Binary;

namespace ChatAssistant.TeamsPackager;

/// <summary>A PNG's size from its header, so the packager can refuse icons Teams would reject.</summary>
public static class PngHeader
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static (int Width, int Height) Size(string path)
    {
        var bytes = new byte[24];
        using (var file = File.OpenRead(path)) file.ReadExactly(bytes);
        if (!bytes.AsSpan(0, 8).SequenceEqual(Signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            throw new InvalidDataException($"{path} is not a PNG file.");
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
