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

    /// <summary>The card's own verbs: a question that uses one asks about an action the card does assign.</summary>
    private static readonly Regex Assigned = Pattern(@"\bapzin\w*|\bidentif\w*|\bizstrad\w*|\bdraft\w*|\bdevelop\w*|\bkoordin\w*|\bcoordinat\w*|\bgroz\w*|\bamend\w*|\bizmain\w*|\bpapildin\w*|\bwrit(e|es|ing)\b");

    private static readonly Regex Who = Pattern(@"^(un\s+|and\s+|bet\s+)?(kas|kurs|kura|kuri|kuram|kam)\b|\b(kurs|kura|kuri|kuram|kam) (no|ir|tad|tie|ta)\b|\bwho\b|\bwhose\b|\bwhich (role|person|body|institution|ministry|authority|official)\b|\bkura (loma|iestade|ministrija|persona)\b|\bkurai (lomai|iestadei)\b|\bresponsib\w*|\batbild\w*|\bparbild\w*");

    /// <summary>The unassigned action a "who …" question asks about, or null.</summary>
    public static string? Find(string folded)
    {
        if (!Who.IsMatch(folded)) return null;
        foreach (var (action, pattern) in Actions)
        {
            if (pattern.IsMatch(folded) && !Assigned.IsMatch(folded)) return action;
        }
        return null;
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
}
