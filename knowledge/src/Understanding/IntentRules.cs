using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Small talk and requests for a feature, over the folded message (lower case, no diacritics), in both languages
/// and wherever the request sits in the sentence. Greetings in front of a real question are stripped, and the
/// question is answered; a greeting alone is small talk.
/// </summary>
internal static class IntentRules
{
    private static readonly Regex Filler = Pattern(@"^(ok|okay|okej|labi|nu|super|skaidrs|saprotu|great|perfect|alright|all right|got it|sapratu)\b[\s,.!:;-]*");
    private const string QuestionWords = "kas|ko|kam|ka|kur|kad|kapec|kurs|kura|kuri|kadi|kada|kads|vai|cik|who|what|how|which|where|when|why|can|could|should|must|do|does|is|are";
    private static readonly Regex QuestionWord = Pattern($@"\?|\b({QuestionWords})\b");
    private static readonly Regex QuestionStart = Pattern($@"^({QuestionWords})\b");
    private static readonly Regex GreetingStart = Pattern(@"^(dear (assistant|bot|chatbot|helper|colleagues?)|cienijam\w* (asistent\w*|bot\w*|kolegi?)|morning|evening|afternoon|sveik\w*|labdien\w*|labrit\w*|labvakar\w*|cau|cav|hei|hey|hi|hello|hallo|ahoj|greetings|good (morning|afternoon|evening|day)|esi sveicinats|esiet sveicinati|sveicinat\w*)\b[\s,.!:;-]*");
    private static readonly Regex HowAreYou = Pattern(@"^((ka|ka tev|ka jums) (iet|klajas|sokas)|how are you( doing| today)?|how is it going|hows it going|whats up)[\s?!.,]*$");
    private static readonly Regex Phatic = Pattern(@"^((ka|ka tev|ka jums) (iet|klajas|sokas)|how are you( doing| today)?|how is it going|hows it going|whats up|(es )?ceru,? ka (jums|tev) (viss )?(ir )?(labi|iet labi|klajas labi)|(i )?hope (you are|youre|all is|everything is) (well|good|fine|doing well)( on your (side|end))?|there|anyone (home|there)|anybody (home|there)|are you there|(vai )?(kads|kads nors|kaut kads) (tur |te |seit )?(ir|ir tur|ir te|ir seit|dzird)|(vai )?(te|tur|seit) (ir )?(kads|kads nors)( ir)?|(vai )?(tu|jus) (esi|esat) (tur|te|seit)|(vai )?(tu|jus) (mani|mus) (dzirdi|dzirdat)|can you hear me|all|everyone|visiem|komanda|team|bot|bots|asistent\w*|assistant)?[\s?!.,]*$");
    /// <summary>"Labrīt! Man ir daži jautājumi direktora vārdā, vai varam sākt?": after a greeting, questions announced but not yet asked.</summary>
    private static readonly Regex AnnouncesQuestions = Pattern(@"^(man|mums|i|we)\s+(ir|have|ve|have got|got)\s+(\w+\s+){0,2}(jautajum\w*|questions?)\b[^?]*$|\b(vai )?(varam|varu|drikstu|drikstam) (sakt|jautat)\s*[?!.]*$|\bcan (we|i) (start|begin)\s*[?!.]*$");
    private static readonly Regex AboutSomething = Pattern(@"\b(par|about|regarding|saistiba|concerning|pu\s?[1-3])\b");
    private static readonly Regex Thanks = Pattern(@"^(liels |milzigs |ljoti |loti |paldies,? liels |many |thank you (very|so) much|thanks a lot)?(paldies|pateicos|thank you|thanks|thank u|thx|thnx|thanx|thankyou|tnx|tks|ty|tyvm|cheers|much appreciated|appreciate it)\b");
    /// <summary>Goodbye words anywhere in a message that asks nothing: "Right, that's all for today. Bye!".</summary>
    private static readonly Regex GoodbyeAnywhere = Pattern(@"\b(uz redzesanos|uzredzesanos|ata|atari|visu labu|lidz (nakamajai reizei|ritam|ritdienai|rit)|bye|goodbye|see you|have a (nice|good|great|pleasant|lovely) (day|evening|weekend)|jaukas? (dienas|vakaru|nedelas nogali)|lai jauka (diena|vakars)|talk (to you )?later|thats all for today|(i will|ill|im) (log|logging|sign|signing) off|tas (ir )?viss (sodien|siem)|tas bija viss)\b");
    private static readonly Regex ThanksAnywhere = Pattern(@"\b(paldies|pateicos|thank you|thanks|thank u|thx|thnx|thanx|tnx|much appreciated)\b");
    private static readonly Regex Goodbye = Pattern(@"^(uz redzesanos|uzredzesanos|ata|atari|visu labu|lai jauka diena|jaukas dienas|bye|bye bye|goodbye|good bye|see you|see ya|take care|have a (nice|good) day|lidz ritdienai|lidz rit|uz tikšanos|uz tiksanos|talk (to you )?later|until next time)\b");
    private static readonly Regex WhoAreYou = Pattern(@"\b(kas (tu|jus) (\w+ )?(esi|esat|tads|tada|tadi)|cilveks vai (robots|bots)|(robots|bots) vai cilveks|(a )?human or (a )?(bot|robot|machine)|(a )?(bot|robot) or (a )?(human|person)|kas tu par|ar ko es (\w+ )?(runaju|sarakstos)|who (are|r) (you|u)\b|what (\w+ )?are you\b|are you (a |an )?(bot|chatbot|robot|human|person|real|ai)|vai (tu|jus) (esi|esat) (bots|robots|cilveks|maksligais)|vai (tu|jus) (esi|esat) (\w+ ){0,2}(darbinieks|darbiniece|cilveks|bots|robots)\b.*\b(vai|or)\b|maksligais intelekts|who am i (\w+ )?(talking|speaking|chatting) (to|with)|\bwho\b(\W+\w+){0,4}\W+i am (talking|speaking|chatting) (to|with)|(a )?(person|human) or (a )?(bot|robot|machine)|what is this bot|kas ir sis (bots|asistents)|introduce (yourself|urself)|tell (me|us) (a bit )?about yourself|(iepazistin|prezent)\w* sevi|pastast\w* (par )?sevi|ka tevi sauc|whats your name|what is your name)\b");
    private static readonly Regex Capabilities = Pattern(@"\b(ko (tu|jus) (\w+ )?(vari|varat|proti|protat|maki|makat|zini|zinat|dari|darat)|ka (tu|jus) (\w+ )?(vari|varat|vares|varesiet) (man |mums )?(\w+ )?palidzet|ar ko (tu|jus) (\w+ )?(vari|varat) (man |mums )?(\w+ )?palidzet|(par|ar|kados) kad(iem|os) (\w+ )?(jautajumiem|jautajumos|temam|temas|lietam|lietas|tematiem) (tu |jus )?(vari|varat|vares|varesiet) (man |mums )?palidzet|(kados|par kadiem|ar kadiem) (jautajumos|jautajumiem|lietas|lietam) (tu|jus) (vari|varat|vares|varesiet) (man |mums )?palidzet|what (sort|kind|type)s? of (questions|things|topics|issues) (\w+ ){0,4}(help|assist)\b|kadi ir tavi|ko es (varu|drikstu) (tev |jums )?(jautat|prasit)|par ko (es )?(varu|drikstu) (tev |jums )?(jautat|prasit)|ka (tevi|jus|so botu) (lietot|izmantot)|what\b(\s+\w+){0,3}\s+can (you|u)\s+(\w+\s+)?(do|help)|what (you|u) can (\w+ )?(do|help)|how can you help|what do you (know|do)\b|what can i ask|what (kind of |sort of )?(questions|things|topics) can i|what are you (able|good)|how (do|can|should) i use (you|this)|what are your (features|capabilities|functions)|what is your purpose|your capabilities|what can (this|the) (bot|assistant|chatbot|tool)\b(\s+\w+){0,2}\s+(do|help)|ar ko (tu |jus )?(vari|varat|varetu|vares) (\w+ )?(noderet|but noderigs)|kads (tev|jums) (\w+ )?ir pielietojum\w*|kam (tu|jus) (esi |esat )?(noderig\w*|der\w*))\b");

    /// <summary>A bare "help?" or "palīdzība?": the help card, as the typed command gives it.</summary>
    private static readonly Regex HelpAlone = Pattern(@"^(palidziba|palidzi|palidzet|help|help me|helpa)\s*[?!.]*$");

    private static readonly Regex ChecklistWord = Pattern(@"\bkontrolsarakst\w*|\bsarakst\w* ar (\w+ )?(soliem|solu)\b|\bparbaudes (sarakst|lap)\w*|\bstep-?by-?step (list|checklist)\b|\bstep by step list\b|\bsoli[ -]pa[ -]solim\b|\b(atkeks\w*|keksis\w*|keksiti\w*|tick ?box\w*|checkbox\w*)|\bcheck\s?-?list\w*|\bceklist\w*|\bsoļu sarakst\w*|\bsolu sarakst\w*"
        // "Sagatavojiet … darbību sarakstu", "make me a list of the steps": a list of actions asked for, not what the steps are.
        + @"|\b(sagatavo\w*|izveido\w*|uztais\w*|sastad\w*|iedo\w*|atsuti\w*|gribu|gribetu|vajag|make|give|prepare|create|send)\b(\W+\w+){0,5}\W+(darbibu|solu) sarakst\w*|\b(make|give|prepare|create|send)( me| us)? (a |the )?list of (\w+ )?(actions|steps|to-?dos)\b");
    /// <summary>"Tos sarakstus, ko iepriekš saglabāju": lists one saved, which are the checklists.</summary>
    private static readonly Regex SavedLists = Pattern(@"\b(sarakst\w*|lists)\b(\W+\w+){0,4}\W+(saglabaj\w*|saglabat\w*|saved|iesakt\w*|started)\b|\b(saglabat\w*|saved|iesakt\w*|started)\s+(\w+\s+){0,2}(sarakst\w*|lists)\b");
    /// <summary>"How far am I with the checklist I started for …? Show my progress": the saved checklists, whatever role they name.</summary>
    private static readonly Regex Progress = Pattern(@"\b(progress\w*|how far|cik tal\w*|(i|es) (already )?(started|iesaku|saku|sakos)|esmu (jau )?(iesacis|iesakusi|tikusi|ticis)|i have (already )?started)\b");
    private static readonly Regex ProgressToCome = Pattern(@"\b(so (that )?(i|we) can|in order to|lai (es |mes )?(varu|varetu|varam|varetum)|to (track|follow|monitor))\b");
    private static readonly Regex Mine = Pattern(@"\b(mani|manus|manu|manas|mans|mana|maniem|manam|manejie|manejos|my|savus|savu|savas|savi|savejos|savejie|ieprieksej\w*|previous|earlier|izpildij\w*|saglabat\w*|saved|progress\w*|iesak\w*|started|turpinat|continue|resume|cik tal\w*)\b");
    private static readonly Regex ViewStatus = Pattern(@"\b(update|updates|news|picked up|looked at|anyone|status\w*|statuss|statusu|stavokl\w*|redzet|apskatit|skatit|parskatit|parbaudit|uzzinat|paradi|paradit|paradiet|see|view|show|list|check|track|kur|where|atbildeja|atbildejusi|answered|replied|still open)\b");
    private static readonly Regex EscalatedBefore = Pattern(@"\b(nodev\w*|nosutij\w*|sutij\w*|nosutit\w*|iesniedz\w*|eskalej\w*|eskalet\w*|escalated|submitted|sent|forwarded|passed)\b");
    private static readonly Regex MyTickets = Pattern(@"\b(mani|manus|manu|manas|mans|mana|my|our|musu|savus|savu|savas|savi|sava)\s+(\w+\s+){0,2}(pieteikum\w*|tickets?\b|tiket\w*|eskalacij\w*|escalation\w*|escalated \w+|nodot\w* jautajum\w*|jautajum\w* varam|iesniegt\w* jautajum\w*|requests? to varam|questions? to varam|submitted questions?)|\bpieteikum\w* (statuss|status\w*|stavokl\w*)|\bstatus of (my|the) (ticket|question|escalation|request)|\b(ko|vai) varam (jau )?(atbildeja|atbildejusi|ir atbildejusi|atbildes)|\b(did|has) varam (answered|replied|responded|answer|reply|respond)|\bmy open (tickets|questions)|\b(do|have) (i|we) (got |have )?(any|some) (open |pending |unanswered )?(tickets|escalations)\b|\bvai (man|mums) ir (kadi |kads )?(atverti |neatbildeti )?(pieteikumi|tiketi)\b|\b(mani|manus|savus|my)\s+(\w+\s+){0,2}(jautajum\w*|questions)\b.*\b(status\w*|statusu)|\b(nodev|nosutij|nosutit|iesniedz|eskalej)\w*\s+jautajum\w*|\b(nodev|nosutij|sutij|iesniedz|eskalej|aizsut|parsut|nodots|nodota)\w*\b.*\b(status\w*|redzet|apskatit|atbildej\w*|kas (ar (to|so|vinu|tiem) )?notiek|kas notiek ar)|\b(redzet|apskatit|paradi\w*|parskatit)\b.*\b(tiket\w*|ticket\w*|pieteikum\w*)|\b(tiket\w*|ticket\w*|pieteikum\w*)\b.*\b(redzet|apskatit|status\w*|statusu)\b|\b(escalated|submitted|forwarded|passed on)\b.*\b(status|see|view|check|track|answered)|\b(questions?|jautajum\w*|requests?|pieprasijum\w*|tickets?|tiket\w*)\s+(that\s+|which\s+|ko\s+|kurus\s+)?(i|we|es|mes|ive|weve|i have|we have)\s+(\w+\s+)?(passed|sent|escalated|forwarded|submitted|raised|opened|created|nodev\w*|nosutij\w*|iesniedz\w*|eskalej\w*|uzdev\w*)|\b(any |an )?(update|updates|news|progress|word)\s+(on|about|of|regarding)\s+(the|my|our)\s+(\w+\s+)?(ticket|escalation|request)\b|\b(kur|where)\b.*\b(mani|manus|savus|my)\s+(\w+\s+)?(jautajum\w*|questions?)\b.*\b(nosutij\w*|nodev\w*|sutij\w*|iesniedz\w*|eskalej\w*|sent|escalated|submitted|passed|forwarded)|\bkur (es |mes )?(varesu|varu|var|varetu|varesim|varam) (\w+ )?(redzet|apskatit|sanemt|atrast|izlasit) (\w+ )?atbild\w*|\bwhere (will|can|do|would) (i|we) (\w+ )?(see|get|find|read) (the |an |their |varams )?(answer|reply|response)\b");
    private static readonly Regex Escalate = Pattern(@"\beskal\w*|\bescalat\w*|\bnodo(t|d|diet|dat|sim|siet|tu|sit)\b([\s,]+\w+){0,4}[\s,]+(varam|konsultacij\w*|konsultant\w*|eksert\w*|eksperta?\w*|specialist\w*|cilvek\w*)|\b(runat|parunat|sarunat\w*|sazinat\w*|sazinaties|konsultet\w*|aprunat\w*)\s+ar\s+(\w+\s+){0,2}(cilvek\w*|konsultant\w*|specialist\w*|darbiniek\w*|eksperts?\w*|dzivu)|\b(dzivs|dzivu|ist\w*) (cilvek\w*|konsultant\w*)|\b(talk|speak|chat|get in touch)\s+(to|with)\s+(a |an |the |some )?(real |live |actual )?(human|person|people|consultant|expert|someone|somebody|agent|specialist|varam)|\b(real|live|actual) (person|human|consultant)\b|\bhuman (agent|help|support|being|expert|consultant|specialist)|\b(connect|put)\s+(me|us)\s+(through\s+)?(with|to)\s+(a |an |the |some )?(real |live |actual )?(human|person|consultant|expert|someone|somebody|agent|specialist|varam)|\b(savieno|savienot|sasaisti)\s+((mani|mus)\s+)?ar\s+(\w+\s+)?(cilvek\w*|konsultant\w*|specialist\w*|eksperts?\w*|varam)|\b(pass|passed|passing|forward\w*|send|sent|hand|handed|refer\w*|submit\w*|raise\w*)\s+(\w+\s+){0,4}(to|on to|onto|over to)\s+(a |an |the )?(varam|consult\w*|human|expert|specialist|someone|somebody|a person)|\bpass (that|this|it|my question) on\b|\b(raise|open|create|file|log|submit)\s+(a |an |the )?(ticket|request|case|query)\s+(with|to|for|at)\s+(the )?(varam|consult\w*|ministry)\b|\bask (a |the )?varam (consultant|expert|specialist)s?|\b(uzdot|nosutit|iesniegt|parsutit|aizsutit)\s+(\w+\s+){0,3}varam\b|\bjautat varam\b|\bvaram konsultacij\w*" +
        // "Pārsūtiet manu jautājumu viņiem", "vēlos, lai šo jautājumu izskata VARAM konsultants", "I want a consultant to look at it".
        @"|\b(parsut|aizsut|nosut|nodod|nodos)(i|iet|it|u|isim|isiet|iesim|iet)?[\s,]+(\w+[\s,]+){0,2}jautajum\w*|\bparadres\w*\s+(\w+\s+){0,2}(jautajum\w*|varam|konsultant\w*)|\b(velos|gribu|gribetu|veletos|ludzu|vajag|vajadzetu)\b(\W+\w+){0,6}\W+(varam\W+)?konsultant\w*|\b(want|would like|id like|need)\b(\W+\w+){0,4}\W+(a |the )?(varam\W+)?consultant\b|\b(mans|musu|so|sis|sho) jautajum\w*\b(\W+\w+){0,6}\W+(tiek |tiktu |but |ir )?(parsutit|nosutit|nodot|aizsutit)\w*\s+(\w+\s+){0,2}(varam|ministrij\w*|konsultant\w*|ekspert\w*|specialist\w*)"
        // "Can you pass my question to them directly?"
        + @"|\b(pass|forward|send|hand|route|refer)\s+(on\s+)?(my|this|the|our)\s+(question|query|issue)\s+(on\s+)?(to|over to)\b");

    /// <summary>"Kur es varu redzēt savu progresu?", "cik jau izpildīju no sava saraksta?": progress is kept on the checklists.</summary>
    private static readonly Regex MyProgress = Pattern(@"\b(savu|manu|my|our|musu) (\w+ )?(progres\w*)\b|\b(izpildij\w*|paveic\w*|atzimej\w*|done|completed|ticked off)\b(\W+\w+){0,3}\W+(no|in|on|from) (sava|mana|my) (saraksta|list)\b");

    private static readonly Regex WhetherToConsult = Pattern(@"\b(should|must|do|does|need|have) (we|i|one)\b(\s+\w+){0,3}\s+(talk|speak|consult|contact|ask|check)\w*\s+(\w+\s+){0,2}varam\b|\bvai (mums|man) (vajadzetu|vajag|ir jа|ja)\w*\s+(\w+\s+){0,2}(konsult|runa|sazin|jauta)\w*\s+(\w+\s+){0,2}varam\b|\bvai\b(\s+\w+){0,5}\s+(var|drikst|vajag|vajadzetu)\s+(jautat|versties|griezties|konsultet\w*|sazinat\w*)\s+(\w+\s+)?varam\b|\b(can|may|could) (we|i) (ask|consult|contact) varam\b");

    /// <summary>The message asks for a checklist in so few words that it may lean on the previous answer's role ("uztaisi checklist pls").</summary>
    public static bool ShortChecklistRequest(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortRequestWords && ChecklistWord.IsMatch(folded);

    /// <summary>A checklist asked for in this few words, right after an answer about one role, is that role's.</summary>
    public const int ShortRequestWords = 5;

    /// <summary>The intent of the message, or null when it is a question about the content.</summary>
    public static ChatIntent? Match(string folded, Func<IReadOnlyList<string>> roles)
    {
        var text = folded.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Trim();
        if (text.Length == 0) return null;

        var checklist = ChecklistWord.IsMatch(text);
        if (checklist)
        {
            var named = roles();
            // "… as a checklist so that I can track progress": progress to come, on a checklist asked for now.
            if (named.Count == 1) return Progress.IsMatch(text) && Mine.IsMatch(text) && !ProgressToCome.IsMatch(text) ? new ChatIntent(IntentKind.MyChecklists) : new ChatIntent(IntentKind.Checklist, named[0]);
            return Mine.IsMatch(text) ? new ChatIntent(IntentKind.MyChecklists) : new ChatIntent(IntentKind.Checklist);
        }
        if (SavedLists.IsMatch(text) || MyProgress.IsMatch(text)) return new ChatIntent(IntentKind.MyChecklists);
        // "Nodod manu jautājumu VARAM" escalates; "kur redzēt manu nodoto jautājumu statusu?" asks for the tickets.
        var tickets = MyTickets.IsMatch(text);
        var escalate = Escalate.IsMatch(text);
        if (tickets && (!escalate || ViewStatus.IsMatch(text))) return new ChatIntent(IntentKind.MyTickets);
        // "Should we talk to VARAM before we start?" asks whether to consult, which the card answers; it asks for nothing.
        if (escalate && WhetherToConsult.IsMatch(text)) return null;
        if (escalate) return new ChatIntent(ViewStatus.IsMatch(text) && EscalatedBefore.IsMatch(text) ? IntentKind.MyTickets : IntentKind.Escalate);

        text = WithoutFiller(text);
        var rest = WithoutGreeting(text);
        var greeted = rest.Length < text.Length;
        // "Dear bot, please introduce yourself" asks something after the greeting, though with no question word.
        if (Capabilities.IsMatch(rest) || HelpAlone.IsMatch(rest)) return new ChatIntent(IntentKind.Capabilities);
        if (WhoAreYou.IsMatch(rest)) return new ChatIntent(IntentKind.WhoAreYou);
        if ((greeted && (Phatic.IsMatch(rest) || !QuestionWord.IsMatch(rest) || (AnnouncesQuestions.IsMatch(rest) && !AboutSomething.IsMatch(rest)))) || HowAreYou.IsMatch(text)) return new ChatIntent(IntentKind.Greeting);
        if (Thanks.Match(rest) is { Success: true } thanks && Remainder(rest, thanks.Length) && !GoodbyeAnywhere.IsMatch(rest)) return new ChatIntent(IntentKind.Thanks);
        if (Goodbye.Match(rest) is { Success: true } bye && Remainder(rest, bye.Length)) return new ChatIntent(IntentKind.Goodbye);
        // A message that asks nothing and says goodbye or thanks somewhere in it: a goodbye wins, as it ends the talk.
        if (!rest.Contains('?'))
        {
            if (GoodbyeAnywhere.IsMatch(rest)) return new ChatIntent(IntentKind.Goodbye);
            if (ThanksAnywhere.IsMatch(rest) && !QuestionStart.IsMatch(rest)) return new ChatIntent(IntentKind.Thanks);
        }
        return null;
    }

    /// <summary>The message without greetings in front: "sveiki, labdien! kas izstrādā aktus?" → "kas izstrādā aktus?".</summary>
    public static string WithoutGreeting(string folded)
    {
        var rest = folded;
        while (GreetingStart.Match(rest) is { Success: true, Length: > 0 } m) rest = rest[m.Length..].TrimStart();
        return rest;
    }

    private static string WithoutFiller(string folded) => Filler.Match(folded) is { Success: true, Length: > 0 } m ? folded[m.Length..].TrimStart() : folded;

    /// <summary>What follows thanks or a goodbye is a short courtesy, not a new question.</summary>
    private static bool Remainder(string text, int at)
    {
        var rest = text[at..];
        return !rest.Contains('?') && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14;
    }

    private static Regex Pattern(string pattern) => new RulePattern(pattern);
}
