using System.Diagnostics;
using System.Xml.Linq;

namespace ChatAssistant.TeamsPackager;

/// <summary>
/// Renders both Teams icons from the one SVG source with rsvg-convert (Debian package librsvg2-bin): the colour icon
/// is the drawing as it is; the outline icon is the element with id "glyph" alone, white on transparent, cropped to the
/// box the source names in data-outline-viewbox.
/// </summary>
public sealed class IconRenderer(string rsvgConvert)
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    public async Task RenderColorAsync(string svgPath, string pngPath) =>
        await RunAsync(svgPath, pngPath, ColorSize);

    public async Task RenderOutlineAsync(string svgPath, string pngPath)
    {
        var outlineSvg = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pngPath))!, "outline.svg");
        OutlineOf(XDocument.Load(svgPath)).Save(outlineSvg);
        try
        {
            await RunAsync(outlineSvg, pngPath, OutlineSize);
        }
        finally
        {
            File.Delete(outlineSvg);
        }
    }

    public static XDocument OutlineOf(XDocument source)
    {
        XNamespace svg = "http://www.w3.org/2000/svg";
        var root = source.Root ?? throw new InvalidDataException("The icon source has no root element.");
        var glyph = root.Descendants().SingleOrDefault(e => (string?)e.Attribute("id") == "glyph")
            ?? throw new InvalidDataException("The icon source has no element with id=\"glyph\".");
        var viewBox = (string?)root.Attribute("data-outline-viewbox") ?? (string?)root.Attribute("viewBox")
            ?? throw new InvalidDataException("The icon source names no viewBox.");

        var white = new XElement(glyph);
        white.SetAttributeValue("fill", "#FFFFFF");
        white.SetAttributeValue("stroke", null);
        white.SetAttributeValue("style", null);
        return new XDocument(new XElement(svg + "svg",
            new XAttribute("width", OutlineSize), new XAttribute("height", OutlineSize), new XAttribute("viewBox", viewBox),
            white));
    }

    private async Task RunAsync(string svgPath, string pngPath, int size)
    {
        var start = new ProcessStartInfo(rsvgConvert)
        {
            ArgumentList = { "--width", $"{size}", "--height", $"{size}", "--format", "png", "--output", pngPath, svgPath },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{rsvgConvert} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{rsvgConvert} was not found ({e.Message}); on Debian: apt-get install librsvg2-bin", e);
        }
        using (process)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{rsvgConvert} failed ({process.ExitCode}): {errors}");
        }
    }
}
