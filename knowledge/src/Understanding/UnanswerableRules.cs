using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Questions that ask for something no task card states: dates and deadlines, named people, pay, durations, costs,
/// contacts, examples of other tasks. The nearest fact would look like an answer and be wrong, so these are declined
/// however well their other words match.
/// </summary>
internal static class UnanswerableRules
{
    private static readonly Regex Pattern = new RulePattern(
        @"\bwhen (did|was|were|will)\b|\bwhen (is|are|would|should) (\w+ ){0,4}(expected|planned|due|scheduled|going to|likely to|adopted|approved|published|ready)\b|\bcame into force\b|\bcome into force\b|\bin force since\b|\bdeadline\b|\bdue date\b|" +
        @"\bstasies speka\b|\bkad (\w+ ){0,3}stajas speka\b|\btake effect\b|\bkad (tiesi|precizi|aptuveni|isti) (\w+ ){0,2}(bus|tiks|taps|pienem|apstiprin|stasies)\w*|^kad (\w+ ){0,2}(bus|tiks) (\w+ ){0,3}(pienemt|apstiprinat|izdot)\w*(\s+\w+){0,4}\s*\??$|\bkad (\w+ )?(pienem|pienema|pienemti|pienemts|stajas|stajusies|stasies|izdoti|izdots)\w*|\bspeka (no|kops)\b|\blidz kuram datumam\b|\bdatum\w*|\btermin\w*|" +
        @"\bname of (our|my|the person)\b|\bwho is (our|my)\b|\bwho is (he|she|that|it) (in|at) (our|my)\b|\bkas (vins|vina|tas|ta) (ir )?(musu|manas|mana|saja) (iestade|ministrija|pasvaldiba|novada|organizacija)\b|\bministrs\b|\bminister\b|\bmusu iestades\b.*\b(vaditaj|saimniek)\w*|" +
        @"\balg\w*\b|\bpelna\b|\bsalar\w*|\bwage\w*|\bpaid\b|\bcik ilg\w*|\bhow long\b|\bcik (\w+ )?(dienu|dienas|nedelu|nedelas|menesu|menesi|menesiem) laika\b|\b(within )?how many (days|weeks|months)\b|\bhow soon\b|\bcik maksa\w*|\bcost\w*|\bprice\w*|" +
        @"\btalrun\w*|\bphone\b|\be-?past\w*|\be-?mail\b|\badrese\b|\baddress\b|\bpiemer(i|us)\b|\b(give|show|some|any|kpi) examples?\b|\bexamples of\b|" +
        // The card gives no templates, and says nothing on other legal regimes (data protection, video surveillance).
        @"\btemplates?\b|\bveidn\w*|\bveidlap\w*|\bgdpr\b|\bdpia\b|\bvdar\b|\bdata protection\b|\bdatu aizsardzib\w*|\bcctv\b|\bvideonovero\w*|" +
        // Work done on a person's own documents: the assistant answers from the card, it does not write, translate or check drafts.
        @"\btranslat\w*|\b(iz|par)?tulko\w*|\b(can|could|would|will) you (please |pls )?(write|draft|prepare|review|check|proofread|edit|correct|summari[sz]e|rewrite|fill in|fill out) (\w+ ){0,2}(my|our|this|these|the attached)\b|\b(vai )?(vari|varat|variet|varetu|varetum) (ludzu |pls )?(uzrakstit|sagatavot|parbaudit|izlabot|rediget|parrakstit|aizpildit)\W+(\w+\W+){0,2}(manu|manus|mana|manas|musu|so|sos|sito)\b|" +
        @"\b(help (me|us)|palidz\w* (man|mums)) (to )?(write|draft|prepare|fill|put together|uzrakstit|sagatavot|aizpildit)\b(\s+[\w-]+){0,4}\s+(applications?|letters?|e-?mails?|reports?|presentations?|pieteikum\w*|vestul\w*|iesniegum\w*|atskait\w*|prezentacij\w*)\b|" +
        // A person's own IT troubles and leave: nothing a task card covers, however the rest is worded.
        @"\b(dvs|sistema|dators|programma|portals|outlook|teams|e-pasts|system|computer|laptop|app|portal)\b(\W+\w+){0,2}\W+(nerada|nestrada|neatveras|uzkaras|isnt (working|showing|loading)|is not (working|showing|loading)|doesnt (work|show|open|load)|wont (work|open|load))\b|\bvpn\b|\bpasswords?\b|\bparol(e|es|i|u)\b|\blog ?in(to)?\b|\bielogot\w*|\bsign in\b|\bpieslegties\b|\bwi-?fi\b|\bprinter\w*|\bprinteri\w*|\blaptop\w*|\bportativ\w*|\b(cik|how many|how much|kad|when|can i|vai (es )?varu|request|pieteikt|apply for|atlikusas|left)\b(\W+\w+){0,5}\W+(vacation|annual leave|sick leave|days? off|atvalinajum\w*|slimib\w* lap\w*)|\b(vacation|annual leave|sick leave|atvalinajum\w*|slimib\w* lap\w*)\W+(\w+\W+){0,3}(days|dienas|dienu|request|pieteik\w*|left|atlik\w*)");

    /// <summary>
    /// Nor does it give the steps of other procedures (the Justice Ministry's review, public consultation), articles of
    /// laws, or civil law. A rule of its own: the pattern above is near the size its linear-time automaton allows.
    /// </summary>
    private static readonly Regex OtherProcedures = new RulePattern(
        @"\btieslietu ministrij\w*|\bministry of justice\b|\bsabiedrisk\w* apspried\w*|\bpublic consultation\b|\bpant(s|a|u|am|i|us|os)\b|\b(which|what) (article|section|clause)s?\b|\barticles? \d+|\bcivillikum\w*|\bcivil (law|code)\b");

    /// <summary>"Kad noteikumi pieņemti, kas jādara tālāk?": a clause of time before the question, not a question of when.</summary>
    private static readonly Regex LeadingWhenClause = new(@"^(kad|kolidz|once|after) (?![^,]*\b(tiks|bus|will|pienems)\b)[^,?]{1,80},\s*(?=\S)", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"Kā sauc ...?" asks for a person's name, unless it asks what a task is called.</summary>
    private static readonly Regex NameOfSomeone = new RulePattern(@"\bka (vinu |vinas |to cilveku |so cilveku )?sauc\b");
    private static readonly Regex AboutATask = new RulePattern(@"\buzdevum\w*|\btask\w*|\bpu\s*[1-9]");

    public static bool Matches(string folded)
    {
        var asked = LeadingWhenClause.Replace(folded, "");
        return Pattern.IsMatch(asked) || OtherProcedures.IsMatch(asked) || (NameOfSomeone.IsMatch(asked) && !AboutATask.IsMatch(asked));
    }
}
