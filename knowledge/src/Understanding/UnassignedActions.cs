using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Actions the card assigns to nobody. The card says who identifies, drafts, coordinates and amends the acts, and
/// what everyone involved does before, while and after; it does not say who submits, approves, signs, adopts, issues,
/// funds, supervises, enforces or appoints, who reviews drafts, keeps a register, represents the institution in court,
/// negotiates, trains staff, settles disagreements between roles or decides. A "who …?" question about one of these, or with any verb the card does not use
/// for what someone does (English), must not be answered with the nearest role: the honest answer says what the card
/// does not state, and what it does.
/// </summary>
internal static class UnassignedActions
{
    private static readonly (string Action, Regex Pattern)[] Actions =
    [
        // Who settles a disagreement between the roles: the card gives every role its part and names no arbiter. First:
        // "if they cannot agree, who takes the final decision?" is about the disagreement, not about adopting.
        ("settle", Pattern(@"\b(nespej|nevar|nespes|nevares)\w* (\w+ )?vienoties\b|\bnav vienisprat\w*|\bdomstarpib\w*|\bstrid\w*|\bkonflikt\w*|\bdisagree\w*|\bdispute\w*|\bconflict\w*|\b(can ?not|can't|cant|don't|do not|fail to) agree\b|\barbitrat\w*|\btie-?break\w*")),
        // Submitting comes first: "sends the draft to the Cabinet for adoption" is about submitting, not adopting.
        ("submit", Pattern(@"\bsubmit\w*|\bsubmission\b|\biesniedz\w*|\biesniegt\b|\biesniegs\w*|\blodg\w*|\b(send|sends|sending|forward\w*|take|takes)\b(\s+\w+){0,3}\s+to (the )?(cabinet|saeima|parliament|government|council|dome|domei)\b|\b(virza|virzit|nosuta|nosutit)\b(\s+\w+){0,3}\s+(ministru kabinet|saeim|dom)\w*")),
        ("approve", Pattern(@"\bapstiprin\w*|\bvize(t|s|ja|jot)?\b|\bvizet\w*|\bvizas?\b|\bapprov\w*|\bsign(s|ed|ing)? off\b|\bendors\w*|\bsaskano\b|\bakcept\w*|\baccept(s|ed)?\b")),
        ("sign", Pattern(@"\bparakst(a|i|u|am|is|ot|ij)?\b|\bparaksta\w*|\bparakstit\w*|\bparaksts\b|\bsign(s|ed|ing|atory)?\b")),
        ("adopt", Pattern(@"\bpienem\b|\bpienema\b|\bpienems\b|\bpienemt\b|\bpienemsana\w*|\badopt(s|ed|ing|ion)?\b|\benact\w*|\bpass(es)? the (act|law|regulation)")),
        ("issue", Pattern(@"\bizdod\b|\bizsludin\w*|\bizdot\b|\bizdos\b|\bpublic\w*|\bpublish\w*|\bissue(s|d)?\b|\bpromulgat\w*")),
        ("fund", Pattern(@"\bfinans\w*|\bpiemaks\w*|\batalgojum\w*|\balg(a|as|u|ai|am)\b|\bsalar(y|ies)\b|\bbonus(es)?\b|\bwages?\b|\bfund(s|ed|ing)?\b|\bbudzet\w*|\bbudget\w*|\bapmaksa\w*|\bpays?\b|\bpaid\b|\bnaud\w*|\bmoney\b")),
        ("supervise", Pattern(@"\buzrau\w*|\bparbauda\w*,? vai\b(\W+\w+){0,8}\W+(izpild|pild|veic|dara)\w*|\b(checks?|verif\w*|monitors?) (whether|if|that)\b(\W+\w+){0,8}\W+(fulfil\w*|carr(y|ies) out|perform\w*|actually do\w*|does (its|their|his|her) (job|duties))|^(un |bet )?(kurs|kas) (\w+ )?parrauga\b|\bsupervis\w*|\boversee\w*|\boversight\b|\benforc\w*|\bkontrole\b|\bkontrolet\b|\bcontrols?\b|\baudit\w*|\binspect\w*")),
        ("penalise", Pattern(@"\bsod\w*|\bvainig\w*|\b(to )?blame\w*|\bpenalt\w*|\bsankcij\w*|\bsanction\w*|\bfines?\b|\bpunish\w*|\bsodit\w*")),
        ("appoint", Pattern(@"\biecel\w*|\bappoint\w*|\bnozime\b|\bnozimet\b|\bdesignat\w*|\bhires?\b|\bpiesk(ir|ir)\w* lom\w*|\bassigns? (the |a )?roles?\b")),
        ("repeal", Pattern(@"\batcel\w* (akt|noteikum|likum)\w*|\brepeal\w*|\brevok\w*|\bannul\w*")),
        // What happens to an act around its adoption, and work beside it, that the card gives to no role either.
        ("review", Pattern(@"\breview\w*\b(\s+\w+){0,2}\s+(draft|drafts|proposal|proposals)\b|\b(draft|drafts|proposal)\b(\s+\w+){0,2}\s+review\w*|\bproof-?read\w*|\brecenz\w*|\bizvert\w* (akta |aktu |noteikumu )?projekt\w*|\blegal (department|team|unit|office|service|advis\w*|counsel|check|review)|\bjuridisk\w* (nodal|departament|dienest|konsultant|parbaud|izvert|atzinum)\w*|\btieslietu ministrij\w*|\bministry of justice\b|\blegal opinions?\b|\bjurist\w*|\blawyers?\b")),
        ("register", Pattern(@"\barhiv\w*|\barchiv\w*|\bregist(er|ry|ries|ers)\b|\bregistr\w*|\brecord-?keeping\b|\bkeep(s|ing)? (a |the )?(central )?(records?|register|log|inventory)\b|\b(ved\w*|kart\w*) (\w+ )?uzskait\w*|\buzskaita\b|\bversion(s|ing)? (control|history)\b")),
        ("represent", Pattern(@"\brepresent\w*|\bparstav\w*|\bcourts?\b|\btiesa\b|\btiesu\b|\btiesas\b|\btiesvedib\w*|\blitigat\w*|\blawsuits?\b|\bapstrid\w*|\bchalleng\w* (in|before)\b")),
        ("negotiate", Pattern(@"\bnegotiat\w*|\bsarunas\b|\bsarunu\b|\bsarunam\b|\barodbiedr\w*|\b(trade|labou?r) unions?\b|\bsocial partners?\b|\bsocial\w* partner\w*")),
        ("train", Pattern(@"\btrain(s|ing|ed)?\b(\s+\w+){0,2}\s+(staff|employees|people|personnel|users|colleagues|officials|team)\b|\b(in charge of|responsible for|organi[sz]es?|delivers?|runs?) training\b|\bapmac\w*|\bteach\w*|\bworkshops?\b")),
        ("decide", Pattern(@"\bdecid\w*|\bdecision\w*|\b(iz)?lem(j|t|s|um|ja)\w*|\bnolem\w*")),
        ("assess-impact", Pattern(@"\bimpact assessments?\b|\bietekmes (\w+ )?novertejum\w*|\bdpia\b|\bdata protection\b|\bdatu aizsardzib\w*|\bgdpr\b|\bvdar\b")),
    ];

    /// <summary>Money is never on the card, however the question is put.</summary>
    private static readonly Regex Fund = Actions.First(a => a.Action == "fund").Pattern;

    /// <summary>A question about a task of the map ("which task is about financial management?") is not about who acts.</summary>
    private static readonly Regex AboutTasks = Pattern(@"\buzdevum\w*|\btasks?\b|\bpu\s*[1-3]");

    private static readonly Regex WhichRole = Pattern(@"\b(kura|kurai|kuram|kuru|which|what) (no )?(lom\w*|roles?)\b|\b(kura|kurai|kuram) no (\w+ )?lomam\b");

    /// <summary>"Which of the four roles carries the A marker and which the L marker?": the letters themselves asked about.</summary>
    private static readonly Regex WhichOfTheRolesCarries = Pattern(@"\bkurs (tad )?(ir )?a\b(\W+\w+){0,3}\W+kurs (tad )?(ir )?l\b|\bwhich of the (\w+ )?roles\b(\W+\w+){0,8}\W+((the )?(a|l) (marker|mark|letter)|(is|are|gets?|has|carries|marked|labell?ed) (the |only the )?(a|l))\b");

    private static readonly Regex ThisTask = new(@"\b(so|sis|saja|this|the) (uzdevumu|uzdevums|uzdevuma|task)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Who holds a role in a named place: the card describes roles, it names no person and no institution.</summary>
    private static readonly Regex NamedHolder = Pattern(@"\b(which|what) (ministry|ministries|institution|agency|person|official|body|department|authority)(\s|[?.,!]|$)|\bkura (ministrija|iestade|persona|agentura)\b|\bkurs (konkreti )?(cilveks|darbinieks|ierednis|kolegis)\b|\bkoleg\w*|\bcolleague\w*|\bnodal\w*|\bkonkreti (kurs|kura|kas)\b|\b(our|musu|manas|mana|my|sava|savas) (ministr\w*|iestad\w*|municipal\w*|pasvaldib\w*|agency|agentur\w*|department\w*|organi[sz]ation)|\b(name|vards|uzvards|vardu)\b|\bkundz\w*|\bkungs\b|\bdirektor\w*|\bizpilddirektor\w*|\bdirector\b|\bchief executive\b|\bhead of\b|\bvalsts sekretar\w*|\bstate secretary\b|\bsecretary general\b|\b(at|in) (the|our|my) (ministry|ministrija|agency|department)\b|\bwho is the\b.*\bfor (our|my)\b|\b(administracijas|iestades|departamenta|nodalas|regiona|domes) (vaditaj|priekssedetaj)\w*|\bmayor\b|\bkunga\b|\b(mr|mrs|ms)\b|^(and |un )?(vai|is|are) varam\b");

    /// <summary>"Kurš VARAM darbinieks ir atbildīgs par mūsu pašvaldību?": one person asked for, whom the card never names.</summary>
    private static readonly Regex SpecificPerson = Pattern(@"\b(kurs|kura|kuram|kurai) (konkreti )?(varam|ministrijas) (darbinieks|darbiniece|darbiniekam|ierednis|ierednei|cilveks|kolegis|kolege|amatpersona)\b|\bwhich (particular |specific )?(person|official|employee|staff member|civil servant) (at|in|from) (varam|the ministry)\b");

    /// <summary>
    /// "Vai mūsu departamenta direktore Inese Kalniņa ir pakalpojumu kopuma saimnieks?": a title and a person's name
    /// before "is". The card names no one, so it cannot say whether she holds the role. (Lookahead: a plain regex.)
    /// </summary>
    private static readonly Regex NamedPerson = new(
        $@"\b(direktore|direktors|kundze|kungs|prieksniece|prieksnieks)\s+{NameWord}\s+{NameWord}\s+(ir|is|butu|would be|var but|can be)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A word of a person's name: none of the little words that could stand there instead.</summary>
    private const string NameWord = @"(?!(vai|un|ir|or|and|is|kads|kada|the|a|an|of|no|par|pati|pats)\b)[a-z]{3,}";

    private static readonly Regex PersonsName = Pattern(@"\b(vajag|vajadzetu|need|gribu|want|ludzu)\b(\s+\w+){0,2}\s+(vardu|uzvardu|name)\b");

    /// <summary>Which ministry holds something: the card names no ministry but VARAM, as the one to consult.</summary>
    private static readonly Regex Ministry = Pattern(@"\b(which|what) ministr\w*|\bkura ministrija\b|\bkurai ministrijai\b|\bkuras ministrijas\b");

    /// <summary>
    /// What "PPP" stands for: the slide does not spell it out. "What is PPP?" is answered from the additional
    /// information, which says what PPP is and that the abbreviation is not expanded.
    /// </summary>
    private static readonly Regex Abbreviation = Pattern(@"\bppp\b.*\b(atsifr\w*|stand\w* for|abbreviat\w*|saisinaj\w*|full name|pilns nosaukums|expand\w*|spell\w* out)\b|\b(atsifr\w*|stand\w* for|abbreviat\w*|saisinaj\w*|expand\w*|spell\w* out)\b.*\bppp\b");

    /// <summary>What a named act says: the card names the acts, it does not give their content.</summary>
    private static readonly Regex ActContent = Pattern(@"\bsatur\w*|\bko (tiesi |vispar )?(nosaka|paredz|regule|saka)\b|\bwhat (exactly )?(does|do) (it|they|this|that|the act|the law|the regulation\w*)\b(\s+\w+){0,2}\s+(say|regulate|establish|require|cover|set out|lay down)|\bcontents?\b|\bwhat is in (it|the)\b|\bsummar\w*|\bkopsavilk\w*|\bpants\b|\bpanta\b|\barticle\b");

    /// <summary>The A (responsible) and L (co-responsible) markers of the roles cannot be read on the card.</summary>
    private static readonly Regex Marker = Pattern(@"\ba vai l\b|\b(the )?a or (the )?l\b|\bmarked (a|l)\b|\bapzimets ar (a|l)\b|\(a\)|\(l\)|\bmarker\w*|\bapzimejum\w*|\batbildiga vai lidzatbildiga|\bresponsible or co-?responsible|\bco-?responsible\b|\blidzatbildig\w*");

    /// <summary>Both letters asked about together: "which is A and which is L", "kurai ir A un kurai L".</summary>
    private static readonly Regex MarkerLetters = Pattern(@"\ba (un|and|or|vai) (\w+ ){0,3}l\b|\b(is|ir|marked|gets?) a\b(\s+\w+){0,6}\s+(is|ir|marked|gets?|and|un) l\b|\ba/l\b|\ba un l\b|\ba and l\b");

    private static readonly Regex PayAttention = new(@"\bpay(s|ing)? (\w+ )?attention\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Who = Pattern(@"^(un\s+|and\s+|bet\s+)?(kas|kurs|kura|kuri|kuram|kam)\b|[,;:.!?]\s*(un\s+|bet\s+|and\s+|but\s+)?(kurs|kura|kuri|kam|who)\b|\b(teikts|minets|noteikts|rakstits|noradits|paradits|zinams),? (kurs|kura|kuri|kam)\b|\b(say|says|said|state|states|stated|mention|mentions|mentioned|show|shows),? who\b|\b(kurs|kura|kuri|kuram|kam) (no|ir|tad|tie|ta)\b|\bwho\b|\bwhose\b|\bwhich (role|person|body|institution|ministry|authority|official)\b|\bkura (loma|iestade|ministrija|persona)\b|\bkurai (lomai|iestadei)\b|\bresponsib\w*|\batbild\w*|\bparbild\w*");

    /// <summary>
    /// "Kas jādara …?" asks what must be done, not who ("kam jādara" would be who); an unassigned action further on
    /// ("… vai ir paredzēta uzraudzība?") is then a thing asked about, not the action of a role. Only the verbs of doing
    /// in general: "kas jāapstiprina?" is read as who approves, as people write it.
    /// </summary>
    private static readonly Regex WhatMustBeDone = Pattern(@"^(un\s+|bet\s+)?kas\s+(\w+\s+)?ja(dara|veic|zina|nem)\b");

    /// <summary>The asker speaking of themselves, or of an institution as the one acting: "vai man …", "does the Cabinet …".</summary>
    private static readonly Regex Asker = Pattern(@"^(and |un |bet |so )?(does|do|did|is|are|can|could|should|must|will|would|has|have|vai) (man|mums|es|mes|i|we|(the )?(cabinet|saeima|parliament|government|ministry|minister|council|dome|ministru kabinet\w*|mk|varam))\b");

    private static readonly Regex YesNo = Pattern(@"^(and |un |bet |so )?(does|do|did|is|are|can|could|should|must|will|would|vai)\b");

    private static readonly Regex NeededActs = Pattern(@"\bneed\w*|\brequired\b|\bvajadz\w*|\bnepieciesam\w*|\btrukst\w*|\bmissing\b");

    private static readonly Regex WhoWord = Pattern(@"^(un\s+|and\s+|bet\s+)?(kas|kurs|kura|kuri|kuram|kam)\b|\b(kurs|kura|kuri|kuram|kam) (no|ir|tad|tie|ta)\b|\bwho\b|\bwhose\b|\bwhich (role|person|body|institution|ministry|authority|official)\b|\bkura (loma|iestade|ministrija|persona)\b|\bkurai (lomai|iestadei)\b");

    /// <summary>
    /// The unassigned action a "who …" question asks about, or null: "name" when it asks who holds a role in a named
    /// place, "marker" when it asks which role carries A or L.
    /// </summary>
    /// <param name="roleView">The question speaks as the holder of a role ("esmu atbildīga par mūsu ministrijas
    /// resursu kopumu, ko man darīt?"): its "responsible for" and "our ministry" describe the speaker, not a question
    /// of who.</param>
    public static string? Find(string folded, bool namesARole, bool namesAnAct, bool roleView = false)
    {
        // "Which role is A and which L?" asks what the card cannot be read for, as much as "is the service owner A?".
        if (((namesARole || WhichRole.IsMatch(folded)) && (Marker.IsMatch(folded) || MarkerLetters.IsMatch(folded))) || WhichOfTheRolesCarries.IsMatch(folded)) return "marker";
        // "What should we pay attention to?" is no question of who pays.
        folded = PayAttention.Replace(folded, "mind");
        if (namesAnAct && ActContent.IsMatch(folded)) return "act-content";
        if (Abbreviation.IsMatch(folded)) return "abbreviation";
        if (namesARole && NamedPerson.IsMatch(folded)) return "name";
        // "Who checks from outside that institutions really do this task?" is about this card's task, not the map's.
        if (AboutTasks.IsMatch(ThisTask.Replace(folded, " "))) return null;
        // Money and penalties are never on the card, however the question is put ("no kura budžeta ...?").
        // "Risk if we skip this for now? Budget is tight": money as the reason, the question is about the risk.
        // So is "Kādas kompetences vajag? Budžets nav bezgalīgs": a section of the card asked for, money only the reason.
        if (Fund.IsMatch(folded) && (Who.IsMatch(folded) || !(AsksAboutOutcome.IsMatch(folded) || AsksForASection.IsMatch(folded)))) return "fund";
        if (Actions.First(a => a.Action == "penalise").Pattern.IsMatch(folded)) return "penalise";
        if (Ministry.IsMatch(folded) || SpecificPerson.IsMatch(folded)) return "name";
        // "Does the service manager approve the acts?" asks who approves as much as "who approves?" does.
        var asked = WhatMustBeDone.IsMatch(folded) ? "ko" + folded[(folded.IndexOf("kas", StringComparison.Ordinal) + 3)..] : folded;
        // "Does the service manager approve …?" and "Vai man jāsaskaņo … ar juridisko nodaļu?" ask who does it too.
        if (!(roleView ? WhoWord : Who).IsMatch(asked) && !((namesARole || Asker.IsMatch(folded)) && !roleView && YesNo.IsMatch(folded))) return null;
        // "Who coordinates the amendments to our institution's acts?" asks for a role the card names, not for a person.
        if (namesARole && !roleView && NamedHolder.IsMatch(folded) && EntityRecognizer.DutyKind(folded) is null) return "name";
        // "Kas mūsu novadā ir resursu kopuma vadītājs? Vajag vārdu, lai varu uzrakstīt": a name asked for outright.
        if (namesARole && !roleView && PersonsName.IsMatch(folded)) return "name";
        // The debitive glues "jā" to the verb ("kam jāapstiprina?"): the verb is matched without it too.
        var verbs = Debitive.Replace(folded, "$1");
        foreach (var (action, pattern) in Actions)
        {
            // Deciding which acts are needed is identifying them, which the card does assign.
            if (action == "decide" && NeededActs.IsMatch(folded)) continue;
            // "Who drafts new rules for our archive system?": the register is the resource, keeping it is not asked.
            // Nor is "tas, kurš atbild par arhīvu kā resursu": the archive is the resource someone looks after.
            if (action == "register" && !KeepsRecords.IsMatch(folded) && (EntityRecognizer.DutyKind(folded) is not null || namesARole || ArchiveAsResource.IsMatch(folded))) continue;
            // "Jaunu kārtību par darbinieku apmācībām — kurš to izstrādā?": training is what the rules are about.
            if (action == "train" && TrainingAsSubject.IsMatch(folded) && EntityRecognizer.DutyKind(folded) is not null) continue;
            if (pattern.IsMatch(folded) || (verbs.Length != folded.Length && pattern.IsMatch(verbs))) return action;
        }
        return null;
    }

    private static readonly Regex AsksAboutOutcome = Pattern(@"\brisks?\b|\bthreats?\b|\bconsequenc\w*|\bwhat happens\b|\bif (we|you|they) (skip|dont|do not|never|ignore)\b|\bsekas\b|\bapdraud\w*|\bkas notiks\b|\bja (mes )?(neveik|nedar|izlaid)\w*");

    private static readonly Regex AsksForASection = Pattern(@"\b(kadas|kadi|kada|what|which)\s+(\w+\s+){0,2}(kompetenc\w*|prasm\w*|skills?|competenc\w*|resurs\w*|resources?|rezultat\w*|results?|tehnolog\w*|technolog\w*)");

    private static readonly Regex ArchiveAsResource = Pattern(@"\b(atbild\w*|responsible for|in charge of|parvald\w*)\b(\W+\w+){0,2}\W+(arhiv\w*|archiv\w*)|\b(ka|as a) (\w+ )?(resurs\w*|resource)\b|\b(piemeram|for example|such as|like)\W+(\w+\W+)?(arhiv\w*|archiv\w*)|\bpie mums (\w+ )?arhiv\w*");

    private static readonly Regex TrainingAsSubject = Pattern(@"\b(par|on|about|for) (\w+ ){0,2}(apmacib\w*|training)\b|\btraining (policy|rules|regulations?|procedures?)\b");

    private static readonly Regex KeepsRecords = Pattern(@"\bkeep\w*|\bmaintain\w*|\bved\w*|\bkarto\w*|\buztur\w*|\bglaba\w*|\bstor(e|es|ing)\b");

    /// <summary>"Who pays for the external consultants?": money is never on the card, whoever it would go to.</summary>
    public static bool AsksWhoPays(string folded) => Who.IsMatch(folded) && Fund.IsMatch(folded);

    private static readonly Regex Debitive = new(@"\bja([a-z]{5,})", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// "other" when a "who …?" question's verb is none the card uses for what someone does, both as typed and with
    /// typos corrected: a misspelt card verb ("cordinates") is no other action, nor is a word the correction changed.
    /// </summary>
    public static string? FindUnlisted(string folded, string? typed) =>
        !AboutTasks.IsMatch(folded) && UnlistedVerb(folded) && (typed is null || UnlistedVerb(typed)) ? "other" : null;

    /// <summary>
    /// The verb of "who …?" ("who translates …", "which role is in charge of printing …", "who has to inform …"),
    /// found in English. The lists above cannot name every action the card leaves unassigned, so the verb is
    /// checked the other way round too: what the card does say someone does, in the words people use for it.
    /// </summary>
    /// <remarks>
    /// Built as a plain non-backtracking Regex, not a <see cref="RulePattern"/>: the verb is read from a named group,
    /// and a RulePattern reports only where its match is, not its groups.
    /// </remarks>
    private static readonly Regex WhoVerb = new(@"\b(who|which role|what role|which of the (four )?roles)\s+((actually|formally|exactly|really|only|then|else|usually|normally|typically|in practice)\s+)?(((is|are|will be|would be)\s+((actually|formally|exactly|really|the one|the person|the role)\s+)?((responsible|in charge|supposed|tasked|charged|expected|meant|required)\s+(for|to|of|with)\s+)?)|((has to|have to|must|should|needs? to|is going to|will|would|can|gets? to)\s+))?(?<verb>[a-z]+)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Beginnings of the verbs for what the card does assign: identify, draft, coordinate, amend, the steps and roles, as people say them.</summary>
    private static readonly string[] CardVerbs =
    [
        "identif", "determin", "find", "figur", "operat", "function", "work", "scop", "map", "spot", "check", "draft", "develop", "prepar", "writ", "creat", "mak",
        "coordinat", "amend", "chang", "modif", "updat", "adapt", "revis", "fix", "handl", "deal", "own", "manag", "lead", "run", "driv", "steer",
        "tak", "do", "look", "car", "need", "get", "sit", "belong", "come", "hold", "carry", "perform", "implement", "ensur", "provid", "assess",
        "support", "help", "us", "know", "cover", "play", "involv", "put", "set", "sort", "build", "design", "start", "initiat", "begin",
        "correspond", "tell", "answer", "explain", "mention", "name", "list", "describ", "defin", "state", "say", "said", "appear", "mark", "show",
        "align", "respons", "accountab", "consult", "ask", "contact", "decid", "talk", "speak", "turn",
        "atbild", "apzin", "izstrad", "koordin", "groz", "sagatav", "izveid", "papildin",
    ];

    /// <summary>Helper verbs and other words that can follow "who" and are no action.</summary>
    private static readonly HashSet<string> NoAction = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "my", "our", "this", "that", "it", "we", "i", "you", "they", "in", "at", "on", "for", "of", "to", "with", "from", "by",
        "about", "as", "and", "or", "but", "so", "if", "then", "there", "here", "them", "him", "her", "his", "their", "its", "be", "is", "are",
        "was", "were", "am", "has", "have", "had", "not", "never", "also", "still", "now", "next", "after", "before", "while", "during", "when",
        "where", "what", "which", "how", "new", "existing", "special", "specific", "concrete", "particular", "whole", "one", "both", "each", "all",
        "any", "some", "same", "other", "else", "best", "most", "main", "first", "last", "exactly", "actually", "ultimately", "supposed",
        "expected", "tasked", "acting", "able", "allowed", "resource", "resources", "service", "services", "institution", "institutions",
        "act", "acts", "rule", "rules", "law", "laws", "task", "tasks", "pu", "role", "roles", "portfolio", "person", "people", "staff",
        "regulation", "regulations", "regs",
    };

    private static bool UnlistedVerb(string folded)
    {
        var match = WhoVerb.Match(folded);
        if (!match.Success) return false;
        var verb = match.Groups["verb"].Value;
        return verb.Length > 2 && !NoAction.Contains(verb) && !CardVerbs.Any(v => verb.StartsWith(v, StringComparison.Ordinal));
    }

    private static Regex Pattern(string pattern) => new RulePattern(pattern);
}
