using StbImageSharp;

namespace ChatAssistant.Deployment.Tests.Teams;

public sealed class IconTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    private ImageResult Decode(string entry) => ImageResult.FromMemory(package.Entries[entry], ColorComponents.RedGreenBlueAlpha);

    private static IEnumerable<(byte R, byte G, byte B, byte A)> Pixels(ImageResult image) =>
        image.Data.Chunk(4).Select(p => (p[0], p[1], p[2], p[3]));

    [Fact]
    public void ColorIconIs192Square()
    {
        var color = Decode("color.png");

        Assert.Equal((192, 192), (color.Width, color.Height));
    }

    [Fact]
    public void ColorIconShowsAGlyphOnItsBackground()
    {
        var colours = Pixels(Decode("color.png")).Where(p => p.A == 255).Distinct().Count();

        Assert.True(colours >= 2, $"the colour icon has {colours} opaque colours");
    }

    [Fact]
    public void OutlineIconIs32Square()
    {
        var outline = Decode("outline.png");

        Assert.Equal((32, 32), (outline.Width, outline.Height));
    }

    [Fact]
    public void OutlineIconIsWhiteOnTransparent()
    {
        var pixels = Pixels(Decode("outline.png")).ToList();

        var notWhite = pixels.Where(p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255)).ToList();
        Assert.True(notWhite.Count == 0, $"{notWhite.Count} visible pixels are not white, e.g. {notWhite.FirstOrDefault()}");
        Assert.Contains(pixels, p => p.A == 0);
        Assert.True(pixels.Count(p => p.A == 255) >= 100, "the outline glyph is (nearly) empty");
    }
}
