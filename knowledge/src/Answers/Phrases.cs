using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>The connecting words the answer engine puts around content, in both languages, kept in one place.</summary>
internal static class Phrases
{
    public static readonly Text Role = new("loma", "role");
    public static readonly Text Duties = new("Pienākumi šajā uzdevumā", "Duties under this task");
    public static readonly Text LevelScale = new("Līmenis un mērogs", "Level and scale");
    public static readonly Text RelatedIntro = new("Uzdevumu shēmā pie {0} ir parādīti šie uzdevumi (precīzas bultas starp tiem nav nolasāmas): {1}.", "On the task map, these tasks are shown around {0} (the exact arrows between them cannot be read): {1}.");
    public static readonly Text TaskDirect = new("{0} ir pakalpojumu pārvaldības uzdevums „{1}” (grupa {2}: {3}).", "{0} is the service-management task: {1} (group {2}: {3}).");
    public static readonly Text CardHeld = new("Asistentam ir pilna šī uzdevuma kartīte.", "The assistant holds this task's full card.");
    public static readonly Text CardNotHeld = new("Šī uzdevuma kartītes asistentam vēl nav: zināms tikai tā nosaukums no uzdevuma {0} shēmas.", "The assistant does not hold this task's card yet: only its name is known, from the task map on card {0}.");
    public static readonly Text Repeats = new("Shēmā uzdevums atkārtojas vairākās vietās ar atšķirīgu pielietojumu (●).", "On the task map this task appears in several places, with a different application each time (●).");
    public static readonly Text ConditionDirect = new("{0} „{1}” ir pakalpojumu izveides, sniegšanas un pilnveides nosacījums grupā „{2}”, kas ir atkarīgs no uzdevuma {3} veikšanas.", "{0} \"{1}\" is a condition for creating, providing and improving services, in the group \"{2}\", that depends on performing task {3}.");
    public static readonly Text ActDirect = new("„{0}” ir viens no galvenajiem ar pakalpojumu pārvaldību saistītajiem valsts mēroga vispārējiem normatīvajiem aktiem, ko min uzdevuma {1} kartīte.", "{0} is one of the main general, state-level regulatory acts related to service management that card {1} names.");

    public static Text Format(Text template, params Text[] args) => new(
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template.Lv, args.Select(a => (object)a.Lv).ToArray()),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template.En, args.Select(a => (object)a.En).ToArray()));

    /// <summary>An official term: Latvian as it is, English with the Latvian name in parentheses.</summary>
    public static Text Official(Text name) => new(Capitalise(name.Lv), $"{name.En} ({name.Lv})");

    public static Text Same(string text) => new(text, text);

    /// <summary>Lower-cases the first letter to continue a sentence, but leaves IDs and acronyms ("PU2-20", "VARAM") alone.</summary>
    public static string LowerFirst(string s) =>
        s.Length == 0 || (s.Length > 1 && (char.IsUpper(s[1]) || char.IsDigit(s[1]))) ? s : char.ToLowerInvariant(s[0]) + s[1..];
    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    public static string EndSentence(string s) => s.TrimEnd().TrimEnd(';', ',', ':').TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?')) ? t : t + ".";

    public static Text Join(string separator, IEnumerable<Text> parts)
    {
        var list = parts.ToList();
        return new Text(string.Join(separator, list.Select(p => p.Lv)), string.Join(separator, list.Select(p => p.En)));
    }

    public static Text Map(Text text, Func<string, string> map) => new(map(text.Lv), map(text.En));
}
