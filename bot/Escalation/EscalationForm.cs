using System.Text.RegularExpressions;
using ChatAssistant.Cards.Escalation;
using ChatAssistant.Knowledge.Model;
using Inputs = ChatAssistant.Cards.Escalation.EscalationActions.Inputs;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Bot.Escalation;

/// <summary>
/// Checks a submitted escalation form. The card's own checks are only a convenience (clients may skip them), so
/// every rule is enforced here, with a message per field in the person's language.
/// </summary>
public static partial class EscalationForm
{
    public static IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> values, IReadOnlyCollection<string> roleIds, Language language)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var question = Value(values, Inputs.Question);
        if (question.Length == 0) errors[Inputs.Question] = EscalationText.QuestionRequired.In(language);
        else if (question.Length > EscalationFormCardBuilder.MaxQuestionLength) errors[Inputs.Question] = EscalationText.QuestionTooLong.In(language);

        var institution = Value(values, Inputs.Institution);
        if (institution.Length == 0) errors[Inputs.Institution] = EscalationText.InstitutionRequired.In(language);

        var role = Value(values, Inputs.Role);
        if (role != EscalationActions.OtherRole && !roleIds.Contains(role)) errors[Inputs.Role] = EscalationText.RoleRequired.In(language);

        if (Value(values, Inputs.Urgency) is not (EscalationActions.UrgencyNormal or EscalationActions.UrgencyUrgent))
            errors[Inputs.Urgency] = EscalationText.UrgencyInvalid.In(language);

        if (!IsContact(Value(values, Inputs.Contact))) errors[Inputs.Contact] = EscalationText.ContactInvalid.In(language);

        foreach (var field in new[] { Inputs.Institution, Inputs.Subject, Inputs.OnBehalfOf, Inputs.Contact })
        {
            if (!errors.ContainsKey(field) && Value(values, field).Length > EscalationFormCardBuilder.MaxFieldLength)
                errors[field] = EscalationText.FieldTooLong.In(language);
        }
        return errors;
    }

    /// <summary>The trimmed value, with line breaks kept only in the question.</summary>
    public static string Value(IReadOnlyDictionary<string, string> values, string field)
    {
        var text = values.TryGetValue(field, out var v) ? v.Trim() : "";
        return field == Inputs.Question ? text : WhiteSpace().Replace(text, " ");
    }

    private static bool IsContact(string contact) => Email().IsMatch(contact) || Phone().IsMatch(contact);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{6,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
