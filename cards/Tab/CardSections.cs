using System.Text;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tab.TabHtml;

namespace ChatAssistant.Cards.Tab;

/// <summary>
/// A task card as a readable page: every part of the card in slide order, each with its slide, and every uncertain
/// fact marked as the bot marks it.
/// </summary>
internal static class CardSections
{
    public static void Write(StringBuilder html, KnowledgeBase knowledge, TaskCard card, Language language)
    {
        var glossary = knowledge.Glossary;
        var parts = new List<(int Slide, Action<StringBuilder> Write)>();
        foreach (var section in card.Sections) parts.Add((section.Slide, h => Section(h, section, language)));
        parts.Add((card.Levels.Slide, h => Levels(h, card.Levels, glossary, language)));
        parts.Add((card.Stages.Slide, h => Stages(h, card.Stages, glossary, language)));
        parts.Add((card.Roles.Select(r => r.Slide).DefaultIfEmpty(card.Levels.Slide).Min(), h => Roles(h, card, glossary, language)));
        parts.Add((card.Related.Slide, h => Related(h, card.Related, language)));
        parts.Add((card.Conditions.Slide, h => Conditions(h, card.Conditions, glossary, language)));
        parts.Add((card.Phases.Select(p => p.Slide).DefaultIfEmpty(card.Slides).Min(), h => Phases(h, card.Phases, glossary, language)));
        parts.Add((card.LegalActs.Slide, h => LegalActs(h, card.LegalActs, glossary, language)));

        html.Append("<section class=\"card\" id=\"").Append(CardAnchor(card.Id)).Append("\" aria-labelledby=\"").Append(CardAnchor(card.Id)).Append("-title\">");
        html.Append("<h2 id=\"").Append(CardAnchor(card.Id)).Append("-title\">").Append(Encode(Format(TabText.CardHeading, language, card.Id)))
            .Append(": ").Append(Encode(Capitalised(card.Title.In(language)))).Append("</h2>");
        // OrderBy is stable: parts of one slide keep the order above.
        foreach (var part in parts.OrderBy(p => p.Slide))
        {
            html.Append("<section class=\"part\">");
            part.Write(html);
            html.Append("</section>");
        }
        html.Append("</section>");
    }

    private static void Section(StringBuilder html, Section section, Language language)
    {
        Heading(html, "h3", section.Title.In(language), section.Slide, language);
        html.Append("<p>").Append(Encode(section.Summary.In(language))).Append("</p>");
        Items(html, section.Items, language);
        Uncertain(html, section.Unclear, language);
    }

    private static void Levels(StringBuilder html, LevelsPart levels, Glossary glossary, Language language)
    {
        Heading(html, "h3", TabText.LevelsHeading.In(language), levels.Slide, language);
        html.Append("<p>").Append(Encode(levels.Summary.In(language))).Append("</p>");
        html.Append("<table><thead><tr>");
        foreach (var head in new[] { TabText.Level, TabText.Scale, TabText.Role, TabText.Holder }) html.Append("<th scope=\"col\">").Append(Encode(head.In(language))).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in levels.Rows)
        {
            var role = glossary.Roles.FirstOrDefault(r => r.Id == row.Role);
            html.Append("<tr><td>").Append(Encode(Capitalised(Name(glossary.Levels, row.Level, language)))).Append("</td><td>")
                .Append(Encode(Capitalised(Name(glossary.Scales, row.Scale, language)))).Append("</td><td>")
                .Append(Encode(Capitalised(role?.Name.In(language) ?? row.Role)));
            if (row.Marker is not null) html.Append(" (").Append(Encode(row.Marker)).Append(')');
            html.Append("</td><td>").Append(Encode(Capitalised(role?.Holder.In(language) ?? ""))).Append("</td></tr>");
        }
        html.Append("</tbody></table>");
        Uncertain(html, levels.Unclear, language);
    }

    private static void Stages(StringBuilder html, StagesPart stages, Glossary glossary, Language language)
    {
        Heading(html, "h3", TabText.StagesHeading.In(language), stages.Slide, language);
        html.Append("<p>").Append(Encode(stages.Summary.In(language))).Append("</p><ul>");
        foreach (var stage in stages.Items)
        {
            html.Append("<li>").Append(Encode(Capitalised(Name(glossary.Stages, stage.Stage, language))));
            Uncertain(html, stage.Unclear, language);
            html.Append("</li>");
        }
        html.Append("</ul>");
        Uncertain(html, stages.Unclear, language);
    }

    private static void Roles(StringBuilder html, TaskCard card, Glossary glossary, Language language)
    {
        Heading(html, "h3", TabText.RolesHeading.In(language), card.Roles.Select(r => r.Slide).DefaultIfEmpty(card.Levels.Slide).Min(), language);
        html.Append("<p>").Append(Encode(TabText.DutiesOnRolePages.In(language))).Append("</p><ul>");
        foreach (var duties in card.Roles)
        {
            var role = glossary.Roles.FirstOrDefault(r => r.Id == duties.Role);
            html.Append("<li><a href=\"#").Append(RoleSections.Anchor(duties.Role)).Append("\">")
                .Append(Encode(Capitalised(role?.Holder.In(language) ?? duties.Role))).Append("</a>: ").Append(Encode(duties.Definition.In(language))).Append("</li>");
        }
        html.Append("</ul>");
    }

    private static void Related(StringBuilder html, RelatedPart related, Language language)
    {
        Heading(html, "h3", TabText.RelatedHeading.In(language), related.Slide, language);
        html.Append("<p>").Append(Encode(related.Summary.In(language))).Append("</p>");
        Uncertain(html, related.Unclear, language);
        html.Append("<p><a href=\"#map\">").Append(Encode(TabText.SeeMap.In(language))).Append("</a></p>");
    }

    private static void Conditions(StringBuilder html, ConditionsPart conditions, Glossary glossary, Language language)
    {
        Heading(html, "h3", TabText.ConditionsHeading.In(language), conditions.Slide, language);
        html.Append("<p>").Append(Encode(conditions.Summary.In(language))).Append("</p><ul>");
        foreach (var id in conditions.Items)
        {
            var condition = glossary.Conditions.FirstOrDefault(c => c.Id == id);
            html.Append("<li>").Append(Encode(id));
            if (condition is not null)
            {
                html.Append(": ").Append(Encode(Capitalised(condition.Group.In(language)))).Append(" — ").Append(Encode(condition.Name.In(language)));
            }
            html.Append("</li>");
        }
        html.Append("</ul><p>").Append(Encode(conditions.Note.In(language))).Append("</p>");
    }

    private static void Phases(StringBuilder html, IReadOnlyList<Phase> phases, Glossary glossary, Language language)
    {
        Heading(html, "h3", TabText.StepsHeading.In(language), phases.Select(p => p.Slide).DefaultIfEmpty().Min(), language);
        foreach (var phase in phases)
        {
            Heading(html, "h4", Name(glossary.Phases, phase.Id, language), phase.Slide, language);
            html.Append("<p>").Append(Encode(phase.Summary.In(language))).Append("</p>");
            Items(html, phase.Steps, language, "ol");
        }
    }

    private static void LegalActs(StringBuilder html, LegalActsPart acts, Glossary glossary, Language language)
    {
        Heading(html, "h3", TabText.LegalActsHeading.In(language), acts.Slide, language);
        html.Append("<p>").Append(Encode(acts.Summary.In(language))).Append("</p><ul>");
        foreach (var id in acts.Acts)
        {
            var act = glossary.LegalActs.FirstOrDefault(a => a.Id == id);
            html.Append("<li>").Append(Encode(act?.Name.In(language) ?? id)).Append("</li>");
        }
        html.Append("</ul>");
    }

    private static string Name(IReadOnlyList<Term> terms, string id, Language language) =>
        terms.FirstOrDefault(t => t.Id == id)?.Name.In(language) ?? id;
}
