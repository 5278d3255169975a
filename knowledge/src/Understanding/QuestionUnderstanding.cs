using System.Text.RegularExpressions;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>Question text (+ locale) → language, kinds of question and entities. Never throws on odd input.</summary>
/// <param name="similarIntent">Reads a message that no rule takes for small talk or a request by the examples it is
/// most like (<c>intents.yaml</c>); null when there are none.</param>
public sealed partial class QuestionUnderstanding(Glossary glossary, IReadOnlyList<TaskGroup>? groups = null, Func<string, IntentKind?>? similarIntent = null)
{
    /// <summary>Longer input is cut here: nobody asks a question in more, and it keeps every step fast.</summary>
    public const int MaxQuestionLength = 1000;

    private readonly EntityRecognizer entities = new(glossary, groups ?? []);

    /// <summary>The one act of the glossary that is a law, when there is exactly one: "the likums" after the list of acts.</summary>
    private readonly string? theLaw = glossary.LegalActs.Where(a => TextFolding.Fold(a.Name.Lv).Contains("likums", StringComparison.Ordinal)).Select(a => a.Id).ToList() is [var law] ? law : null;

    /// <summary>One law, not laws: "the likums", "par likumu", "that law".</summary>
    [GeneratedRegex(@"\b(likums|likumu|likuma|likumam|law)\b")]
    private static partial Regex OneLaw();

    // A lifecycle stage of a service (slide 2's stages), in words the card's phases never use: "retiring a service",
    // "during provision", "when a new service is introduced".
    [GeneratedRegex(@"\b(retir\w*|decommission\w*|clos(e|es|ing|ed) (\w+ ){0,2}down|shut(s|ting)? (\w+ ){0,2}down|phas(e|es|ing) (\w+ ){0,2}out|wind(ing)?[- ]down|sunset\w*|provision|in operation|upkeep|lifecycle|life cycle|likvid\w*|slegsan\w*|sniegsan\w*|uzturesan\w*|dzives cikl\w*)\b|\b(introduc\w*|launch\w*|roll(ing|s)? out|ievies\w*|izbeig\w*)\b(\s+\w+){0,2}\s+(service|services|pakalpojum\w*)\b|\b(service|services|pakalpojum\w*)\b(\s+\w+){0,3}\s+(introduc\w*|launch\w*|ievies\w*|izbeig\w*)")]
    private static partial Regex StageCue();

    // The asker's own institution is a municipality: that says where they work, not that they ask about regulation
    // for a whole municipality or sector (slide 8). Nor does "who in our institution" ask about the institution's portfolio,
    // nor "kam pašvaldības iestādē …" (who in a municipal institution) about a municipality's regulation.
    [GeneratedRegex(@"\b(we are|we're|were|as) (a |an |the )?(\w+ )?(municipality|novads|pasvaldiba)\b|\bmes esam (\w+ )?(pasvaldib\w*|novad\w*)\b|\b(in|within|at|of) our (own )?(municipality|pasvaldiba)\b|\bmusu pasvaldiba\b|\b(our|my) (own )?municipal\w*|\b(who|kurs|kas) (\w+ )?(in|within|at|from|no) (our|musu) (own )?(institution|agency|iestades?)\b|\b(kurs|kas) (\w+ )?(pasvaldiba|novada)\b(?=.*\biestad(es|ei|e)\b)|\b(kam|kurs|kas|who) (\w+ )?(pasvaldibas iestade|in a municipal (institution|agency))\b")]
    private static partial Regex OwnPlace();

    [GeneratedRegex(@"\bpu\s*([1-3])(?=$|[\s?!.,;:)])")]
    private static partial Regex GroupId();

    // Speaking as the holder of a role: "I am / I'm / as a / es esmu / es kā / I look after / es atbildu par"; not "as a whole".
    [GeneratedRegex(@"(^|[,;:.] ?)as\b(?! a whole)|\b(i am|im|i work as|(es )?stradaju (ka|par)|as (a|an|the|its|our|my)\b(?! whole)|es esmu|esmu|esu|es ka|te es|ka (\w+ )?(vaditajs|vaditaja|saimnieks|saimniece)|ka (\w+ ){0,3}(vaditajam|vaditajai|saimniekam|saimniecei)\b.*\b(man|mans|mana|mani|es)|i (look after|manage|own|run|lead|head|am responsible|am in charge)|es (atbildu|vadu|parvaldu|rupejos)|my (role|job|position) (is|as)|in (my|our) capacity as|mana (loma|amats)|i(ve| have)? (just |recently )?been (named|appointed|made)|i was (just )?(named|appointed|made)|esmu (nesen |tikko )?(iecelt|nozimet)\w*|mani (\w+ )?(iecel|nozimej|noteic)\w*|es (\w+ ){0,2}(vaditajs|vaditaja|saimnieks|saimniece)|(iecelts|iecelta|nozimets|nozimeta) par|kluvu par|man uzticej\w*|(kolegis|kolege|my colleague|a colleague|our colleague) (ir|is)|(mans|mana|musu|my|our) (prieksniek\w*|prieksniec\w*|boss|direktor\w*|director|head) (ir|is))\b")]
    private static partial Regex RoleView();

    [GeneratedRegex(@"\b(do|should|must|shall|can|will) (i|we)\b(\s+\w+){0,3}\s+(write|draft|prepare|develop|amend|change|update|identify|make|fix|revise|rewrite)|\b(have|need|got) to (write|draft|prepare|develop|amend|change|update|identify|make|fix|revise|rewrite)|\b(vai )?(man|mums) (laikam |tagad |ari |vel |tiesam |drosi vien |varbut )?(pasam |pasai |pasiem |pasi |pats |pati )?(ir )?(tie |tas |to |tos )?ja(raksta|izstrada|sagatavo|groza|apzina|veido|labo|atjauno|papildina|precize|veic)\b|\b(pats|pati|pasi) (to |tos )?(veicu|veicam|rakstu|rakstam|izstradaju|izstradajam|sagatavoju|sagatavojam|grozu|grozam|apzinu|apzinam|mainu|mainam|koordineju|koordinejam)\b|\bvai (es|mes) (pats |pasi |pati )?(to |tos |tie )?(pats |pasi |pati )?(rakstu|izstradaju|sagatavoju|grozu|apzinu|rakstam|izstradajam|sagatavojam|grozam|apzinam|maina|mainu|mainam|koordine|koordineju|koordinejam)\b")]
    private static partial Regex AsksAboutOwnDuty();

    /// <summary>
    /// Speaking as a role about a change one means to make ("gribu mainīt …, ko man darīt?", "is that my job?"): the
    /// duty the action belongs to, not all of the role's duties.
    /// </summary>
    [GeneratedRegex(@"\b(gribu|gribam|vajag|vajadzes|nepieciesams|planoju|planojam|jamaina|want to|need to|have to|going to|plan to|planning to|about to) (\w+ ){0,2}(main|groz|izstrad|sagatav|rakst|uzrakst|labo|papildin|atjaun|apzin|change|amend|updat|draft|writ|prepar|develop|revis|fix|identif|replac)\w*|\b(is|isn't) (that|this|it) (\w+ )?(my|our) (job|responsibility|task|duty|call)\b|\b(vai )?(tas|tie|ta) (tiesam |vispar |patiesam )?(ir )?(mans|musu|mana) (darbs|pienakums|uzdevums)\b|\bwho (\w+ ){0,4}(write|draft|prepare|develop|amend|change|update|identify)\w*|\b(am i|are we) (\w+ ){0,2}(supposed|expected|meant|required|the one|the ones) to\b|\b(i am|im|we are) (\w+ )?(supposed|expected|meant|required) to\b|\bneeds? (\w+ )?(changes|amendments|amending|updating|fixing)\b")]
    private static partial Regex MeansToAct();

    /// <summary>"Kurš pie mums raksta jaunos noteikumus …? Es kā vadītāja vai kāds cits?": who does one duty.</summary>
    [GeneratedRegex(@"\b(kurs|kas|kam)\b(\s+\w+){0,3}\s+(ja)?(raksta|uzraksta|izstrada|sagatavo|groza|maina|pamaina|apzina|koordine)\b")]
    private static partial Regex WhoDoesIt();

    /// <summary>"Kādi ir … pienākumi speciālo aktu izstrādē?": all the role's duties in the task, not drafting alone.</summary>
    [GeneratedRegex(@"\b(kadi|kadus|what) (ir |are )?(\w+ ){0,4}(pienakumi|duties|responsibilities)\b|\bpienakumi (\w+ ){0,3}(aktu )?izstrade\w*|\bkas vel\b(\s+\w+){0,3}\s+pienakum\w*|\b(visus|visi|visiem) (\w+ )?pienakum\w*|\ball (the |of the |of its |its |of their )?(\w+ )?(duties|responsibilities)\b")]
    private static partial Regex AllDuties();

    /// <summary>"Kāds ir viņa pirmais pienākums?": the card lists each role's duties in order, identifying first.</summary>
    [GeneratedRegex(@"\b(pirmais|pirmo) (\w+ )?pienakum\w*|\bfirst (\w+ )?(duty|responsibility)\b")]
    private static partial Regex FirstDuty();

    /// <summary>"Kāda ir mana loma attiecībā uz esošo aktu grozīšanu?": the role's part in that one duty.</summary>
    [GeneratedRegex(@"\b(attieciba uz|attiecibas uz|saistiba ar|regarding|with regard to|when it comes to|in relation to|concerning|as regards)\b")]
    private static partial Regex AboutOneDuty();

    /// <summary>"Kas no manis tiek gaidīts kopumā?": everything the role does, whatever the situation told first.</summary>
    [GeneratedRegex(@"\b(kas|ko) no manis\b|\boverall\b|\bin general\b|\bas a whole\b|\bkopuma\s*[?.!]*$|\bvisi (mani )?pienakumi\b|\ball (of )?my (duties|responsibilities)\b|\battiecas (\w+ )?uz mani\b|\b(applies|apply) to me\b")]
    private static partial Regex Overall();

    /// <summary>"Our rules are six years old and nobody follows them": acts that need amending.</summary>
    [GeneratedRegex(@"\b(outdated|out of date|obsolete|too old|very old|\d+ years old|nobody follows|no one follows|novecoj\w*|novecojus\w*|(loti|parak|jau) (veci|vecs|vecas|veca)|(noteikumi|akti|tie|regulejums) (ir )?(\w+ )?(veci|vecs|vecas)|neviens (tos |tie |to )?neievero|vairs neatbilst|no longer (fit|fits|match|matches|reflect|reflects)|vec(ie|os|ajiem|ajos) (\w+ )?(noteikum|akt|regulejum)\w*)\b")]
    private static partial Regex Outdated();

    /// <summary>"We have already identified which acts are needed – what next?": the next duty, drafting them.</summary>
    [GeneratedRegex(@"\b(jau|already) (\w+ ){0,2}(apzinaj\w*|apzinats|apzinati|identified|know which|figured out|mapped|worked out|established|determined|listed|zinu|zinam)|\b(weve|we have|ive|i have) (already )?(worked out|identified|figured out|mapped|established|determined|listed)|\b(jau )?ir saraksts ar (\w+ )?(vajadzig|nepieciesam|trukst)\w* akt\w*|\b(vajadzigie|nepieciesamie|trukstosie) akti (ir )?(jau )?apzinati\b|\b(once|after|now that|when) (i|we) ?(ve|have)? (already )?(found|identified|established|worked out|figured out)\b(\W+\w+){0,3}\W+(acts?|rules|regulations?|missing|needed|need|lacking)\b|\b(esam|esmu) (\w+ )?apzinaj\w*|\b(aktus|akti|tos) (\w+ )?apzinaj(u|am|usi|is|usas)\b|\bafter (identifying|having identified|we identified|we have identified)\b|\b(we|i) (already )?know which (\w+ ){0,2}(are )?(needed|missing|required)\b")]
    private static partial Regex IdentifiedAlready();

    // Not "sakiet", "saki", "saka" (say, says), folded the same as "sākt" (start).
    [GeneratedRegex(@"\b(first|start|begin|(ja)?sak(?!iet\b|i\b|a\b|ot\b)|sakt|sakumam|sakuma|vispirms|pirmais|pirmo|pirmkart)\w*\b")]
    private static partial Regex FirstThing();

    [GeneratedRegex(@"\b(that|this|it|them|his|her|to|tas|tam|tiem|so|sim|vins|vina|vinu|vinam|vinai|tai|sai|manai lomai|my role)\b")]
    private static partial Regex PointsBack();

    /// <summary>"Look after", "after all", and "after the migration" (an event that is no part of making the acts) name no phase.</summary>
    [GeneratedRegex(@"\blook(s|ing)? after\b|\bafter all\b|\bafter (the |a |an |our |this |last )?(migration|move|moving|merger|reorgani[sz]ation|restructuring|reform|elections?|audit|inspection|holidays?|vacation|meeting|training|launch|go-live|upgrade)\b")]
    private static partial Regex LookAfter();

    /// <summary>"Adopted a while ago", "pieņemti pirms pusgada" (half a year ago) is no phase of drafting.</summary>
    [GeneratedRegex(@"\b(a|quite a|for a|in a|a little) while( ago| back)?\b|\bwhile (\w+ ){0,3}(is|are|was|were) (on leave|away|absent|off|sick|ill|on holiday|on vacation|out)\b|\bpirms (pusgada|gada|menesa|nedelas|(\w+ )?(gadiem|menesiem|nedelam|dienam))\b")]
    private static partial Regex WhileAgo();

    /// <summary>
    /// The text a phase is read from: without "look after" and "a while ago", whose "after" and "while" name no phase,
    /// and without the task's own name, whose "izstrāde" is no phase of drafting. The same string when none is there
    /// (Regex.Replace returns its input when nothing matches).
    /// </summary>
    private static string PhaseText(string folded) =>
        EntityRecognizer.WithoutTaskName(NotThesePhases().Replace(WhileAgo().Replace(LookAfter().Replace(folded, " "), " "), " "));

    [GeneratedRegex(@"\b(bez|iznemot)\b.*\b(vel|citi|citu|kadi)\b|\b(vel|kadi) (\w+ )?(citi|kadi)\b|\b(besides|apart from|other than|except)\b.*\b(acts?|laws?|regulations?)\b|\b(acts?|laws?|regulations?)\b.*\b(besides|apart from|other than|except)\b|\bany other (\w+ )?(acts?|laws?|regulations?)\b")]
    private static partial Regex OtherActs();

    /// <summary>"… kad regulējums tiek veidots, nevis pirms vai pēc tam?": the phases ruled out name no phase asked about.</summary>
    [GeneratedRegex(@"\b(nevis|ne)\s+(pirms|pec)(\s+(vai|un)\s+(pirms|pec))?(\s+tam)?\b|\bnot (before|after)( or (before|after))?( it| that)?\b")]
    private static partial Regex NotThesePhases();

    /// <summary>"Posms, kurā regulējumu faktiski veido", "brīdī, kad regulējums tiek veidots", "the stage in which the acts are drafted": the while phase.</summary>
    [GeneratedRegex(@"\b(posm\w*|stage|phase|brid\w*|moment)\W+(kura|kad|where|when|in which|during which)\b(\W+\w+){0,3}?\W+(veido|izstrada|raksta|top|tiek (veidot|izstradat|rakstit)\w*|(is|are) (being )?(created|drafted|written|developed))\b")]
    private static partial Regex StageOfDrafting();

    [GeneratedRegex(@"\blimen\w*|\blevels?\b|\bmerog\w*|\bscales?\b")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"\b(one|a) (level|step) (up|higher)\b|\blevel above\b|\bhigher level\b|\b(vienu )?limeni (augstak|augstak\w*)\b|\baugstak\w* limen\w*")]
    private static partial Regex OneLevelUp();

    [GeneratedRegex(@"\b(kura|kuros|kada|kados|kadam) (\w+ )?(limeni|limenos|limenim|meroga|merogos|merogam)\b|\b(which|what|at what) (\w+ )?(level|levels|scale|scales)\b")]
    private static partial Regex WhichLevel();

    [GeneratedRegex(@"\bportfolio\b|\bkopuma\b")]
    private static partial Regex RoleScopeWords();

    [GeneratedRegex(@"\buzdevum\w*|\btasks?\b")]
    private static partial Regex AboutTasks();

    /// <summary>
    /// "Šis uzdevums", "this task", "linked to this one": the card itself. Not a question about the tasks of a group,
    /// and a question about its links even when it names another task.
    /// </summary>
    [GeneratedRegex(@"\b(sis|si|so|saja|sim|sai|this|the current) (uzdevum\w*|task)\b|\b(this one|to this|with this|ar so|ar sito|ar to uzdevumu)\b")]
    private static partial Regex ThisCard();

    /// <summary>"Vai tas ir saistīts ar speciālo normatīvo aktu izstrādi?": this card named by its subject.</summary>
    [GeneratedRegex(@"\bar (pakalpojumu parvaldibas )?specialo normativo aktu izstrad\w*|\b(to|with) (the )?(drafting|development) of (the )?special(ised)? (legal )?acts\b")]
    private static partial Regex ThisCardsSubject();

    /// <summary>"Sagatavo man īsu kopsavilkumu par …", "write me a short summary of …": an instruction to the assistant, whose verb is no duty.</summary>
    [GeneratedRegex(@"\b(sagatavo|sagatavojiet|uzraksti|uzrakstiet|izveido|apkopo|prepare|write|draft|give|make)( (man|mums|me|us))?( (lidzu|please|pls))?( (isu|isi|isus|a|an|short|brief|quick))? (\w+ )?(kopsavilkum\w*|summary|overview|parskat\w*|apkopojum\w*)\b")]
    private static partial Regex SummaryRequest();

    [GeneratedRegex(@"\b(papildu|papildus|additional|extra|further) (info|information|informacij\w*)")]
    private static partial Regex AdditionalInformation();

    [GeneratedRegex(@"\b(resurs\w*|resource\w*)\b")]
    private static partial Regex ResourceWord();

    /// <summary>Kinds of resource named instead of the word: premises, equipment, an IT system, a database.</summary>
    [GeneratedRegex(@"\b(telp\w*|tehnik\w*|server\w*|rooms?|buildings?|eka|ekas|eku|premises|equipment|iekart\w*|vehicles?|transportlidz\w*|autopark\w*|it sistem\w*|it systems?|informacijas sistem\w*|information systems?|datu baz\w*|databases?)\b")]
    private static partial Regex ResourceKindWord();

    [GeneratedRegex(@"\b(pakalpojum\w*|services?)\b")]
    private static partial Regex ServiceWord();

    /// <param name="question">The question, typos corrected.</param>
    /// <param name="asTyped">The question as typed, when it differs: small talk and requests are read from it, as a
    /// correction made for the card's vocabulary can change them ("talk to a person").</param>
    public QuestionAnalysis Analyse(string question, string? locale = null, AnswerContext? previous = null, string? asTyped = null)
    {
        var text = Trim(question);
        // IDs as dictation writes them ("pu divi septiņi") are read as IDs.
        var folded = SpokenIds.Normalise(TextFolding.Fold(text));
        var words = TextFolding.Words(text);
        // Small talk, requests and what the card cannot answer are read from the question as typed too: a correction
        // made for the card's vocabulary can change them ("talk" is one letter from "task", "pelna" from "pilna").
        var typed = asTyped is null ? null : TextFolding.Fold(Trim(asTyped));
        var asksForSummary = SummaryRequest().IsMatch(typed ?? folded);
        var intent = (typed is null ? null : IntentRules.Match(typed, () => RolesIn(typed, TextFolding.Words(asTyped!))))
            ?? IntentRules.Match(folded, () => RolesIn(folded, words))
            // A short follow-up ("and for a specific resource?") leans on the previous answer, not on a request's words.
            ?? ((previous is not null && FollowUps.Looks(folded, LanguageDetector.Detect(text, locale))) || asksForSummary ? null
                : SimilarIntent(asTyped ?? text, typed ?? folded, asTyped is null ? words : TextFolding.Words(asTyped)));
        if (intent is null)
        {
            // "Sveiki, kas izstrādā aktus?" is the question after the greeting.
            var rest = IntentRules.WithoutGreeting(folded);
            if (rest.Length < folded.Length && folded.Length == text.Length && rest.Length > 0)
            {
                text = text[^rest.Length..];
                folded = rest;
                words = TextFolding.Words(text);
            }
        }

        var kinds = KindRules.Match(folded);
        // "And one level up?" moves from one service or resource to the institution's portfolio: no question about levels.
        var levelUp = OneLevelUp().IsMatch(folded);
        if (levelUp) kinds = [.. kinds.Where(k => k != QuestionKind.LevelsScales)];
        var roles = entities.Roles(words);
        // "Kurā līmenī ir resursa saimnieka loma?" asks for the levels table, though it names a role and its "loma".
        var asksWhichLevel = kinds.Contains(QuestionKind.LevelsScales) && WhichLevel().IsMatch(folded);
        if (asksWhichLevel && kinds[0] != QuestionKind.LevelsScales)
        {
            kinds = [QuestionKind.LevelsScales, .. kinds.Where(k => k != QuestionKind.LevelsScales)];
        }
        if (roles.Count == 0) roles = EntityRecognizer.RolesDescribed(typed ?? folded);
        // "Pakalpojuma vadītājs vai kopuma vadītājs?": the portfolio named by "kopuma" alone is the named role's.
        if (roles.Count == 1 && BarePortfolio().IsMatch(folded) && PortfolioOf(roles[0]) is { } portfolio && portfolio != roles[0]) roles = [roles[0], portfolio];
        var tasks = EntityRecognizer.Tasks(folded);
        // The duty's verb as typed first: correction towards the card's words can turn "groza" (amends) into another word.
        // An instruction to summarise ("sagatavo man kopsavilkumu par …") is read as typed, as a correction may change its words.
        var dutyKind = !asksForSummary ? (typed is null ? null : EntityRecognizer.DutyKind(typed)) ?? EntityRecognizer.DutyKind(folded)
            : EntityRecognizer.DutyKind(SummaryRequest().Replace(typed ?? folded, " "));
        // "I look after one resource" names no phase, nor does "what to bear in mind while creating acts", nor "what
        // information should I have at hand before drafting?".
        var asksWhatToMind = KindRules.AsksWhatToMind(folded);
        var asksForInformation = KindRules.AsksForInformation(folded);
        var phase = asksWhatToMind || asksForInformation ? null
            : entities.Phase(PhaseText(folded) is var phaseText && ReferenceEquals(phaseText, folded) ? words : TextFolding.Words(phaseText));
        // As typed too: "tiek veidots" would be corrected to "veidos".
        if (phase is null && InEither(StageOfDrafting()))
        {
            // Its verb describes the phase; it asks about no one's drafting duty.
            phase = "while";
            dutyKind = null;
            kinds = [QuestionKind.Steps, .. kinds.Where(k => k != QuestionKind.Steps)];
        }
        // "Does one need information about the duties of those involved in service provision?" asks for the information.
        var asksAboutStages = roles.Count == 0 && !asksForInformation && StageCue().IsMatch(folded) && !kinds.Contains(QuestionKind.Catalogue) && !kinds.Contains(QuestionKind.RelatedTasks) && !kinds.Contains(QuestionKind.Conditions) && !kinds.Contains(QuestionKind.RegulatoryChange);
        if (asksAboutStages)
        {
            // "Does this apply during provision too?": the stages the task is involved in, not a phase of drafting.
            if (phase == "while") phase = null;
            kinds = [QuestionKind.LevelsScales, .. kinds.Where(k => k != QuestionKind.LevelsScales)];
        }
        // The verbs as typed count too: a correction towards the card's words can change "vai es to rakstu pats?".
        bool InEither(Regex rule) => rule.IsMatch(folded) || (typed is not null && rule.IsMatch(typed));
        // Every use below names a role: matched only then.
        // Without apostrophes: "I've identified", "I'm".
        var unquoted = roles.Count == 0 ? folded : folded.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
        var identifiedAlready = roles.Count > 0 && IdentifiedAlready().IsMatch(unquoted);
        var roleView = roles.Count > 0 && RoleView().IsMatch(unquoted);
        if (roleView)
        {
            // "I am a service manager, what do I do first / after adoption?": the steps of that phase, or the role's duties.
            // "What's my next step after identifying the acts?" names the identifying done, not the phase after adoption;
            // "jaunie akti man jāizstrādā pašam, vai tikai pasūtu un pēc tam palasu?" asks about a duty of one's own.
            if (phase == "after" && identifiedAlready) phase = null;
            if (dutyKind is not null && InEither(AsksAboutOwnDuty())) phase = null;
            phase ??= FirstThing().IsMatch(folded) ? "before" : null;
            // "As service portfolio owner, do I write the new rules myself?" asks about that one duty of the role.
            // "Esošos noteikumus jau apzināju un redzu, ka tie jāmaina": identified, and what comes next is amending them.
            if (phase is null && identifiedAlready && !FirstThing().IsMatch(folded)) dutyKind = dutyKind == "amend" ? "amend" : "develop";
            var overall = Overall().IsMatch(folded);
            // As typed too: "noteikumi ir veci" would be corrected to "veic".
            var outdated = phase is null && InEither(Outdated()) && !overall;
            if (outdated) dutyKind = "amend";
            var oneDuty = phase is null && dutyKind is not null && !overall
                && (outdated || InEither(AsksAboutOwnDuty()) || InEither(MeansToAct()) || identifiedAlready || InEither(AboutOneDuty()) || InEither(WhoDoesIt()));
            kinds = oneDuty ? [QuestionKind.Responsible, QuestionKind.RoleDuties] : phase is null ? [QuestionKind.RoleDuties] : [QuestionKind.Steps];
            if (!oneDuty) dutyKind = null;
        }
        else if (roles.Count > 0 && identifiedAlready && !FirstThing().IsMatch(folded) && phase is null)
        {
            // "Viņš ir pakalpojumu kopuma vadītājs, aktus esam jau apzinājuši. Kāds ir nākamais solis?": drafting them.
            dutyKind = "develop";
            kinds = [QuestionKind.Responsible, QuestionKind.RoleDuties];
        }
        else if ((roles.Count > 0 || previous?.Roles.Count > 0) && dutyKind is null && FirstDuty().IsMatch(folded))
        {
            // "Un kāds ir viņa pirmais pienākums?" after a role's answer: that role's, as a follow-up.
            dutyKind = "identify";
            kinds = [QuestionKind.Responsible, QuestionKind.RoleDuties];
        }
        else if (roles.Count > 0 && dutyKind is not null && kinds.Count > 0 && kinds[0] is QuestionKind.RoleDuties or QuestionKind.Responsible && AllDuties().IsMatch(folded) && !WhoDoesIt().IsMatch(folded))
        {
            // "Kādi ir resursu kopuma vadītāja pienākumi speciālo aktu izstrādē?": every duty of the role in the task.
            dutyKind = null;
        }
        else if (roles.Count > 0 && dutyKind is not null && kinds.Count > 0 && kinds[0] == QuestionKind.RoleDuties)
        {
            // "Is working out which acts are needed listed as a duty of the service owner?": that one duty.
            kinds = [QuestionKind.Responsible, .. kinds.Where(k => k != QuestionKind.Responsible)];
        }
        else if (roles.Count > 0 && (kinds.Contains(QuestionKind.RoleDuties) || dutyKind is null) && !kinds.Contains(QuestionKind.RegulatoryChange) && (!kinds.Contains(QuestionKind.Steps) || (phase is null && dutyKind is null)) && !kinds.Contains(QuestionKind.LevelsScales))
        {
            // A role named without a particular duty asks about the role: "what does the service manager do?", and
            // so does "kas resursa vadītājam jādara?" when it names no phase.
            kinds = [QuestionKind.RoleDuties, .. kinds.Where(k => k != QuestionKind.RoleDuties)];
        }

        // A group named in words counts only in a question about tasks: "visos pārvaldības līmeņos" alone is about levels.
        var group = tasks.Count > 0 ? null
            : GroupId().Matches(folded).Select(m => m.Groups[1].Value).Distinct().ToList() is { Count: > 0 } ids ? (ids.Count == 1 ? "PU" + ids[0] : null)
            : AboutTasks().IsMatch(ThisCard().Replace(folded, " ")) ? entities.GroupByName(words) : null;
        if (group is not null && !kinds.Contains(QuestionKind.Catalogue)) kinds = [QuestionKind.Catalogue, .. kinds];
        if (intent is { Kind: IntentKind.Checklist, Role: null } && previous?.Roles.Count == 1 && (PointsBack().IsMatch(folded) || IntentRules.ShortChecklistRequest(folded)))
        {
            // "can you turn that into a checklist?", and a short "uztaisi checklist pls" right after a role's answer.
            intent = intent with { Role = previous.Roles[0] };
        }
        var language = LanguageDetector.Detect(text, locale);
        var acts = entities.LegalActs(words);
        // "Tell me more about the likums." after the list of acts: the one act on it that is a law.
        if (acts.Count == 0 && previous?.Kind == QuestionKind.LegalActs && theLaw is not null && OneLaw().IsMatch(folded)) acts = [theLaw];
        // "Vai bez Valsts pārvaldes iekārtas likuma ir vēl kādi akti?", "any acts other than MK 399?": the list, not the act named.
        if (acts.Count > 0 && OtherActs().IsMatch(folded)) acts = [];
        // With several roles named ("the resource manager or the resource portfolio manager?"), their names say
        // nothing of scope; the rest of the question does ("for a specific resource").
        var scopeText = OwnPlace().Replace(folded, " ");
        var scope = EntityRecognizer.Scope(roles.Count > 1 ? RoleScopeWords().Replace(scopeText, " ") : scopeText) ?? (levelUp ? "portfolio" : null);
        if (scope == "sector" && roles.Count == 0 && dutyKind is null or "develop" && kinds.Contains(QuestionKind.Responsible) && !kinds.Contains(QuestionKind.RegulatoryChange))
        {
            // "Who develops regulation for a municipality?": slide 8's guidance names who, not the role duties. It names
            // who develops only: "kam pašvaldības iestādē jāapzina, kādi akti vajadzīgi?" asks for the identifying duty.
            kinds = [QuestionKind.Guidance, .. kinds.Where(k => k != QuestionKind.Guidance)];
        }
        var q = new QuestionAnalysis(
            text,
            language,
            kinds,
            roles,
            phase,
            tasks,
            entities.Conditions(folded, words),
            acts,
            dutyKind,
            scope,
            UnanswerableRules.Matches(folded) || (typed is not null && UnanswerableRules.Matches(typed)))
        {
            Intent = intent,
            CatalogueAsk = CatalogueAsks.Of(folded),
            Group = group,
            UnassignedAction = kinds.Contains(QuestionKind.RegulatoryChange) ? (UnassignedActions.AsksWhoPays(folded) ? "fund" : null)
                // The words as typed first: spelling correction may turn a word the card never uses ("vienoties")
                // into one it does.
                : (typed is null ? null : UnassignedActions.Find(typed, roles.Count > 0, acts.Count > 0, roleView)) ?? UnassignedActions.Find(folded, roles.Count > 0, acts.Count > 0, roleView)
                    ?? UnassignedActions.FindUnlisted(folded, typed),
            RoleView = roleView,
            AsksAboutStages = asksAboutStages,
            NamesALevel = !asksAboutStages && LevelWord().IsMatch(folded),
            AsksWhichLevel = asksWhichLevel && roles.Count > 0 && dutyKind is null,
            // "The regulation for our server room": a kind of resource says the resource roles as much as the word does.
            Level = roles.Count > 0 ? null : (ResourceWord().IsMatch(folded) || ResourceKindWord().IsMatch(folded), ServiceWord().IsMatch(folded)) switch { (true, false) => "support", (false, true) => "core", _ => null },
            AsksWhatToMind = asksWhatToMind,
            AsksAboutTaskLinks = kinds.Count > 0 && kinds[0] == QuestionKind.RelatedTasks && AboutTasks().IsMatch(folded),
            // "Kāda papildu informācija ir pieejama?" asks for slide 8's additional information, not the information resources.
            AsksForInformation = asksForInformation && !AdditionalInformation().IsMatch(folded),
            IsFollowUp = previous is not null && FollowUps.Looks(folded, language),
            RefersToThisCard = ThisCard().IsMatch(folded),
            NamesThisCardsSubject = ThisCardsSubject().IsMatch(folded),
        };
        if (!q.IsFollowUp) return q;

        var inherited = FollowUps.Inherit(q, folded, previous!);
        return q.Roles.Count == 0 && inherited.Roles.Count == 1 ? inherited with { Roles = [Counterpart(inherited.Roles[0], folded, q.Scope)] } : inherited;
    }

    /// <summary>The intent of the examples the message is most like; a checklist asked for names its role as the rules do.</summary>
    private ChatIntent? SimilarIntent(string text, string folded, string[] words) =>
        similarIntent?.Invoke(text) switch
        {
            null => null,
            IntentKind.Checklist when RolesIn(folded, words) is { Count: 1 } named => new ChatIntent(IntentKind.Checklist, named[0]),
            var kind => new ChatIntent(kind.Value),
        };

    /// <summary>"Kopuma vadītājs", "the portfolio owner" without saying of services or resources.</summary>
    [GeneratedRegex(@"(?<!\b(pakalpojumu|resursu) )\bkopuma (vaditaj|saimniek|saimniec)\w*|(?<!\b(service|resource) )\bportfolio (owner|manager)s?\b")]
    private static partial Regex BarePortfolio();

    /// <summary>The institution-scale role of the same level: the service portfolio for a service role, the resource portfolio for a resource role.</summary>
    private string? PortfolioOf(string role) => RoleAt(glossary.Role(role).Level, portfolio: true);

    /// <summary>The role of a level ("core" or "support") at the institution's scale (the portfolio) or at one service's or resource's.</summary>
    private string? RoleAt(string level, bool portfolio) =>
        glossary.Roles.FirstOrDefault(r => r.Level == level && (r.Scale == "institution") == portfolio)?.Id;

    private IReadOnlyList<string> RolesIn(string folded, string[] words) =>
        entities.Roles(words) is { Count: > 0 } named ? named : EntityRecognizer.RolesDescribed(folded);

    /// <summary>Whether the question may lean on the previous one; cheap, so callers can decide before analysing.</summary>
    public static bool MayFollowUp(string question, string? locale)
    {
        var text = Trim(question);
        var folded = TextFolding.Fold(text);
        return FollowUps.Looks(folded, LanguageDetector.Detect(text, locale)) || IntentRules.ShortChecklistRequest(folded) || FollowUps.AsksToRephrase(folded);
    }

    /// <summary>
    /// The inherited role as the follow-up turns it: "and for resources?" after a service role asks about the matching
    /// resource role (and the other way round), "and who coordinates that at institution level?" about the portfolio
    /// role of the same level (and "for one specific service?" about the single one).
    /// </summary>
    private string Counterpart(string role, string folded, string? ownScope)
    {
        var current = glossary.Role(role);
        var wantsResource = ResourceWord().IsMatch(folded);
        var wantsService = ServiceWord().IsMatch(folded);
        var level = wantsResource == wantsService ? current.Level : wantsResource ? "support" : "core";
        var portfolio = ownScope switch { "portfolio" => true, "single" => false, _ => current.Scale == "institution" };
        return RoleAt(level, portfolio) ?? role;
    }

    private static string Trim(string question)
    {
        var text = (question ?? "").Trim();
        return text.Length > MaxQuestionLength ? text[..MaxQuestionLength] : text;
    }
}
