using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Actions the card assigns to nobody. The card says who identifies, drafts, coordinates and amends the acts, and
/// what everyone involved does before, while and after; it does not say who approves, signs, adopts, issues, funds,
/// supervises, enforces or appoints. A "who …?" question about one of these must not be answered with the nearest
/// role: the honest answer says what the card does not state, and what it does.
/// </summary>
internal static class UnassignedActions
{
    private static readonly (string Action, Regex Pattern)[] Actions =
    [
        ("approve", Pattern(@"\bapstiprin\w*|\bapprov\w*|\bsign(s|ed|ing)? off\b|\bendors\w*|\bsaskano\b|\bakcept\w*|\baccept(s|ed)?\b")),
        ("sign", Pattern(@"\bparaksta\w*|\bparakstit\w*|\bparaksts\b|\bsign(s|ed|ing|atory)?\b")),
        ("adopt", Pattern(@"\bpienem\b|\bpienema\b|\bpienems\b|\bpienemt\b|\bpienemsana\w*|\badopt(s|ed|ing|ion)?\b|\benact\w*|\bpass(es)? the (act|law|regulation)")),
        ("issue", Pattern(@"\bizdod\b|\bizdot\b|\bizdos\b|\bpublic\w*|\bpublish\w*|\bissue(s|d)?\b|\bpromulgat\w*")),
        ("fund", Pattern(@"\bfinans\w*|\bfund(s|ed|ing)?\b|\bbudzet\w*|\bbudget\w*|\bapmaksa\w*|\bpays?\b|\bpaid\b|\bnaud\w*|\bmoney\b")),
        ("supervise", Pattern(@"\buzrau\w*|\bsupervis\w*|\boversee\w*|\boversight\b|\benforc\w*|\bkontrole\b|\bkontrolet\b|\bcontrols?\b|\baudit\w*|\binspect\w*")),
        ("penalise", Pattern(@"\bsod\w*|\bpenalt\w*|\bsankcij\w*|\bsanction\w*|\bfines?\b|\bpunish\w*|\bsodit\w*")),
        ("appoint", Pattern(@"\biecel\w*|\bappoint\w*|\bnozime\b|\bnozimet\b|\bdesignat\w*|\bhires?\b|\bpiesk(ir|ir)\w* lom\w*|\bassigns? (the |a )?roles?\b")),
        ("repeal", Pattern(@"\batcel\w* (akt|noteikum|likum)\w*|\brepeal\w*|\brevok\w*|\bannul\w*")),
    ];

    /// <summary>A question about a task of the map ("which task is about financial management?") is not about who acts.</summary>
    private static readonly Regex AboutTasks = Pattern(@"\buzdevum\w*|\btasks?\b|\bpu\s*[1-3]");

    /// <summary>Who holds a role in a named place: the card describes roles, it names no person and no institution.</summary>
    private static readonly Regex NamedHolder = Pattern(@"\b(which|what) (ministry|ministries|institution|agency|person|official|body|department|authority)\b|\bkura (ministrija|iestade|persona|agentura)\b|\bkurs (konkreti )?(cilveks|darbinieks|ierednis)\b|\bkonkreti (kurs|kura|kas)\b|\b(our|musu|manas|mana|my|sava|savas) (ministr\w*|iestad\w*|municipal\w*|pasvaldib\w*|agency|agentur\w*|department\w*|organi[sz]ation)|\b(name|vards|uzvards|vardu)\b");

    /// <summary>The A (responsible) and L (co-responsible) markers of the roles cannot be read on the card.</summary>
    private static readonly Regex Marker = Pattern(@"\ba vai l\b|\ba or l\b|\(a\)|\(l\)|\bmarker\w*|\bapzimejum\w*|\batbildiga vai lidzatbildiga|\bresponsible or co-?responsible|\bco-?responsible\b|\blidzatbildig\w*");

    private static readonly Regex Who = Pattern(@"^(un\s+|and\s+|bet\s+)?(kas|kurs|kura|kuri|kuram|kam)\b|\b(kurs|kura|kuri|kuram|kam) (no|ir|tad|tie|ta)\b|\bwho\b|\bwhose\b|\bwhich (role|person|body|institution|ministry|authority|official)\b|\bkura (loma|iestade|ministrija|persona)\b|\bkurai (lomai|iestadei)\b|\bresponsib\w*|\batbild\w*|\bparbild\w*");

    /// <summary>
    /// The unassigned action a "who …" question asks about, or null: "name" when it asks who holds a role in a named
    /// place, "marker" when it asks which role carries A or L.
    /// </summary>
    public static string? Find(string folded, bool namesARole)
    {
        if (namesARole && Marker.IsMatch(folded)) return "marker";
        if (!Who.IsMatch(folded) || AboutTasks.IsMatch(folded)) return null;
        if (namesARole && NamedHolder.IsMatch(folded)) return "name";
        foreach (var (action, pattern) in Actions)
        {
            if (pattern.IsMatch(folded)) return action;
        }
        return null;
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
}
