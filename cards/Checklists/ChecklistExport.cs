using System.Globalization;
using System.Text;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Checklists;

/// <summary>A checklist as plain text that pastes cleanly into an email: [x] done, [ ] to do, phase by phase.</summary>
public static class ChecklistExport
{
    public static string ToText(ChecklistView view)
    {
        var (checklist, language) = (view.Checklist, view.Language);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{ChecklistText.Title.In(language)}: {ChecklistCardBuilder.Holder(checklist.Role, language)} — {view.Name}");
        text.AppendLine(string.Format(CultureInfo.InvariantCulture, ChecklistText.Progress.In(language), checklist.Items.Count(i => view.Done.Contains(i.Id)), checklist.Items.Count()));
        foreach (var phase in checklist.Phases)
        {
            text.AppendLine();
            // Latvian has no casing rules of its own (unlike Turkish): the invariant upper case is the Latvian one, and the
            // bot runs without ICU's culture data.
            text.AppendLine(phase.Name.In(language).ToUpperInvariant());
            foreach (var item in phase.Items)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{(view.Done.Contains(item.Id) ? "[x]" : "[ ]")} {item.Text.In(language)}");
            }
        }
        text.AppendLine();
        text.Append(string.Format(CultureInfo.InvariantCulture, ChecklistText.Sources.In(language), checklist.Card,
            string.Join(", ", checklist.Slides)));
        return text.ToString();
    }
}
