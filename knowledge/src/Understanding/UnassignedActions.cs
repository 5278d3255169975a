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
    private static readonly Regex NamedHolder = Pattern(@"\b(which|what) (ministry|ministries|institution|agency|person|official|body|department|authority)\b|\bkura (ministrija|iestade|persona|agentura)\b|\bkurs (konkreti )?(cilveks|darbinieks|ierednis|kolegis)\b|\bkoleg\w*|\bcolleague\w*|\bnodal\w*|\bkonkreti (kurs|kura|kas)\b|\b(our|musu|manas|mana|my|sava|savas) (ministr\w*|iestad\w*|municipal\w*|pasvaldib\w*|agency|agentur\w*|department\w*|organi[sz]ation)|\b(name|vards|uzvards|vardu)\b");

    /// <summary>Which ministry holds something: the card names no ministry but VARAM, as the one to consult.</summary>
    private static readonly Regex Ministry = Pattern(@"\b(which|what) ministr\w*|\bkura ministrija\b|\bkurai ministrijai\b|\bkuras ministrijas\b");

    /// <summary>What "PPP" stands for: the slide does not spell it out.</summary>
    private static readonly Regex Abbreviation = Pattern(@"\bppp\b.*\b(nozim\w*|atsifr\w*|stand\w* for|mean\w*|abbreviat\w*|saisinaj\w*|full name|pilns nosaukums)\b|\b(nozim\w*|atsifr\w*|stand\w* for|mean\w*|abbreviat\w*|saisinaj\w*)\b.*\bppp\b");

    /// <summary>What a named act says: the card names the acts, it does not give their content.</summary>
    private static readonly Regex ActContent = Pattern(@"\bsatur\w*|\bko (tiesi |vispar )?(nosaka|paredz|regule|saka)\b|\bwhat (exactly )?(does|do) (it|they|this|that|the act|the law|the regulation\w*)\b(\s+\w+){0,2}\s+(say|regulate|establish|require|cover|set out|lay down)|\bcontents?\b|\bwhat is in (it|the)\b|\bsummar\w*|\bkopsavilk\w*|\bpants\b|\bpanta\b|\barticle\b");

    /// <summary>The A (responsible) and L (co-responsible) markers of the roles cannot be read on the card.</summary>
    private static readonly Regex Marker = Pattern(@"\ba vai l\b|\b(the )?a or (the )?l\b|\bmarked (a|l)\b|\bapzimets ar (a|l)\b|\(a\)|\(l\)|\bmarker\w*|\bapzimejum\w*|\batbildiga vai lidzatbildiga|\bresponsible or co-?responsible|\bco-?responsible\b|\blidzatbildig\w*");

    private static readonly Regex Who = Pattern(@"^(un\s+|and\s+|bet\s+)?(kas|kurs|kura|kuri|kuram|kam)\b|\b(kurs|kura|kuri|kuram|kam) (no|ir|tad|tie|ta)\b|\bwho\b|\bwhose\b|\bwhich (role|person|body|institution|ministry|authority|official)\b|\bkura (loma|iestade|ministrija|persona)\b|\bkurai (lomai|iestadei)\b|\bresponsib\w*|\batbild\w*|\bparbild\w*");

    /// <summary>
    /// The unassigned action a "who …" question asks about, or null: "name" when it asks who holds a role in a named
    /// place, "marker" when it asks which role carries A or L.
    /// </summary>
    public static string? Find(string folded, bool namesARole, bool namesAnAct)
    {
        if (namesARole && Marker.IsMatch(folded)) return "marker";
        if (namesAnAct && ActContent.IsMatch(folded)) return "act-content";
        if (Abbreviation.IsMatch(folded)) return "abbreviation";
        if (AboutTasks.IsMatch(folded)) return null;
        // Money and penalties are never on the card, however the question is put ("no kura budžeta ...?").
        if (Actions.First(a => a.Action == "fund").Pattern.IsMatch(folded)) return "fund";
        if (Actions.First(a => a.Action == "penalise").Pattern.IsMatch(folded)) return "penalise";
        if (Ministry.IsMatch(folded)) return "name";
        if (!Who.IsMatch(folded)) return null;
        if (namesARole && NamedHolder.IsMatch(folded)) return "name";
        foreach (var (action, pattern) in Actions)
        {
            if (pattern.IsMatch(folded)) return action;
        }
        return null;
    }

    private static Regex Pattern(string pattern) => new RulePattern(pattern);
}
