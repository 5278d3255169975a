using System.Text.Json.Nodes;
using static ChatAssistant.Cards.AdaptiveCard;
using Inputs = ChatAssistant.Cards.Escalation.EscalationActions.Inputs;
using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Escalation;

/// <summary>
/// The escalation form. The card checks required fields itself where the client can; the bot checks again and,
/// when something is wrong, sends the form back with the values kept and the message under each field.
/// </summary>
public static class EscalationFormCardBuilder
{
    public const int MaxQuestionLength = 4000;
    public const int MaxFieldLength = 200;

    public static JsonObject Build(EscalationFormView form)
    {
        var language = form.Language;
        var body = new List<JsonNode>
        {
            TextBlock(EscalationText.FormTitle.In(language), weight: TextWeight.Bolder, size: TextSize.Large),
            TextBlock(EscalationText.FormIntro.In(language), isSubtle: true, spacing: Spacing.None),
        };
        if (form.Errors.Count > 0) body.Add(TextBlock(EscalationText.FixErrors.In(language), color: TextColor.Attention, weight: TextWeight.Bolder));

        Field(body, form, TextInput(form, Inputs.Question, EscalationText.Question.In(language), MaxQuestionLength, required: true, multiline: true));
        Field(body, form, TextInput(form, Inputs.Institution, EscalationText.Institution.In(language), MaxFieldLength, required: true));
        Field(body, form, Choices(form, Inputs.Role, EscalationText.AskerRole.In(language),
            [.. form.Roles, (EscalationActions.OtherRole, EscalationText.OtherRole.In(language))], required: true));
        Field(body, form, TextInput(form, Inputs.Subject, EscalationText.Subject.In(language), MaxFieldLength, required: false));
        Field(body, form, Choices(form, Inputs.Urgency, EscalationText.Urgency.In(language),
            [(EscalationActions.UrgencyNormal, EscalationText.UrgencyNormal.In(language)), (EscalationActions.UrgencyUrgent, EscalationText.UrgencyUrgent.In(language))],
            required: true, defaultValue: EscalationActions.UrgencyNormal));
        Field(body, form, TextInput(form, Inputs.OnBehalfOf, EscalationText.OnBehalfOf.In(language), MaxFieldLength, required: false));
        Field(body, form, TextInput(form, Inputs.Contact, EscalationText.Contact.In(language), MaxFieldLength, required: true));

        var send = Submit(EscalationText.Send.In(language), EscalationActions.SubmitData(form.SubmissionId, form.Origin).InLanguage(language), ActionStyle.Positive);
        return Card(body, [send]).FullWidth();
    }

    private static void Field(List<JsonNode> body, EscalationFormView form, JsonObject input)
    {
        body.Add(input);
        if (form.Errors.TryGetValue(input["id"]!.GetValue<string>(), out var error))
            body.Add(TextBlock(error, color: TextColor.Attention, spacing: Spacing.None));
    }

    private static JsonObject TextInput(EscalationFormView form, string id, string label, int maxLength, bool required, bool multiline = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["maxLength"] = maxLength };
        if (multiline) input["isMultiline"] = true;
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = ErrorFor(id).In(form.Language);
        }
        if (form.Values.TryGetValue(id, out var value) && value.Length > 0) input["value"] = value;
        return input;
    }

    private static JsonObject Choices(EscalationFormView form, string id, string label, IReadOnlyList<(string Id, string Label)> choices, bool required, string? defaultValue = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "compact",
            ["choices"] = new JsonArray([.. choices.Select(c => new JsonObject { ["title"] = c.Label, ["value"] = c.Id })]),
        };
        if (required)
        {
            input["isRequired"] = true;
            input["errorMessage"] = ErrorFor(id).In(form.Language);
        }
        var value = form.Values.TryGetValue(id, out var v) && choices.Any(c => c.Id == v) ? v : defaultValue;
        if (value is not null) input["value"] = value;
        return input;
    }

    private static Knowledge.Model.Text ErrorFor(string id) => id switch
    {
        Inputs.Question => EscalationText.QuestionRequired,
        Inputs.Institution => EscalationText.InstitutionRequired,
        Inputs.Role => EscalationText.RoleRequired,
        Inputs.Urgency => EscalationText.UrgencyInvalid,
        _ => EscalationText.ContactInvalid,
    };
}
