using System.Text;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Cards.Tab.TabHtml;

namespace ChatAssistant.Cards.Tab;

/// <summary>
/// One section per role of the card: who holds it, its duties under the task, who coordinates it, and a button that
/// opens the role's checklist in the chat with the bot (a Teams deep link). Without a bot identity (local mode) there
/// is nothing to link to, so the page shows the command to type instead.
/// </summary>
internal static class RoleSections
{
    public static string Anchor(string roleId) => "role-" + Slug(roleId);

    public static void Write(StringBuilder html, KnowledgeBase knowledge, TaskCard card, string? botAppId, Language language)
    {
        html.Append("<section id=\"roles\" aria-labelledby=\"roles-title\"><h2 id=\"roles-title\">").Append(Encode(TabText.RolesHeading.In(language))).Append("</h2>");
        foreach (var duties in card.Roles)
        {
            var role = knowledge.Glossary.Roles.FirstOrDefault(r => r.Id == duties.Role);
            if (role is null) continue;
            html.Append("<section class=\"role\" id=\"").Append(Anchor(role.Id)).Append("\" aria-labelledby=\"").Append(Anchor(role.Id)).Append("-title\">");
            html.Append("<h3 id=\"").Append(Anchor(role.Id)).Append("-title\">").Append(Encode(Capitalised(role.Holder.In(language))))
                .Append(" — ").Append(Encode(Capitalised(role.Name.In(language)))).Append(' ').Append(Slide(duties.Slide, language)).Append("</h3>");
            html.Append("<p>").Append(Encode(duties.Definition.In(language))).Append("</p>");
            if (role.Portfolio is { } portfolio && knowledge.Glossary.Roles.FirstOrDefault(r => r.Id == portfolio) is { } coordinator)
            {
                html.Append("<p>").Append(Encode(Format(TabText.CoordinatedBy, language, Capitalised(coordinator.Holder.In(language))))).Append("</p>");
            }
            html.Append("<h4>").Append(Encode(TabText.Duties.In(language))).Append("</h4><ul>");
            foreach (var duty in duties.Duties) html.Append("<li>").Append(Encode(duty.Text.In(language))).Append("</li>");
            html.Append("</ul>");
            Checklist(html, role, botAppId, language);
            html.Append("</section>");
        }
        html.Append("</section>");
    }

    /// <summary>The text that opens a role's checklist: the checklist word and the role holder, as staff type it.</summary>
    public static string ChecklistCommand(Role role, Language language) =>
        Format(TabText.ChecklistCommand, language, role.Holder.In(language).ToLowerInvariant());

    /// <summary>A Teams deep link to a chat with the bot, with the command ready in the compose box.</summary>
    public static string DeepLink(string botAppId, string message) =>
        $"https://teams.microsoft.com/l/chat/0/0?users=28:{Uri.EscapeDataString(botAppId)}&message={Uri.EscapeDataString(message)}";

    private static void Checklist(StringBuilder html, Role role, string? botAppId, Language language)
    {
        var command = ChecklistCommand(role, language);
        if (string.IsNullOrWhiteSpace(botAppId))
        {
            html.Append("<p class=\"checklist\">").Append(Encode(TabText.TypeInChat.In(language))).Append(" <code>").Append(Encode(command)).Append("</code></p>");
            return;
        }
        html.Append("<p class=\"checklist\"><a class=\"button deep-link\" target=\"_blank\" rel=\"noopener\" href=\"").Append(Encode(DeepLink(botAppId.Trim(), command)))
            .Append("\">").Append(Encode(TabText.OpenChecklist.In(language))).Append("</a></p>");
    }
}
