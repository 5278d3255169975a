using System.Text.RegularExpressions;

namespace ChatAssistant.Knowledge.Understanding;

/// <summary>
/// Patterns over the folded question (lower case, no diacritics) that signal each kind of question, in both
/// languages. Earlier rules win when several match; the rest are kept as weaker hints. The patterns run without
/// backtracking, so matching time is linear in the input whatever a user types.
/// </summary>
internal static partial class KindRules
{
    // Declared before the rules, which use it: static fields are set in the order they are written.
    private static readonly Regex WhatToMind = Pattern(@"\bred flags?\b|\buz ko (\w+ )?jaskatas\b|\bjaskatas (\w+ )?ipasi\b|\buzsvar\w*|\bput (the )?emphasis\b|\bgotchas?\b|\bpitfalls?\b|\bkeep an eye on\b|\blook out for\b|\bbistam\w*|\b(bear|keep) in mind\b|\bpay (special |particular )?attention\b|\bjapievers\b|\bipas\w* uzmanib\w*|\buzmanig\w*|\bjanem vera\b|\bwatch out\b|\bbe careful\b|\bjasalago\b|\bsalagot\w*");

    private static readonly Regex InformationAsked = Pattern(@"\b(what|which|kada|kadu|kadas|kadai|kadi)\s+(\w+\s+){0,2}(information|info|informacij\w*)\b|\b(information|informacij\w*)\s+(\w+\s+){0,3}(at hand|should have|must have|need to have|jabut|japarzin\w*)\b|\bjazina\b(\W+\w+){0,8}\W+(pienakum\w*|atbildib\w*|atbild)\b|\b(need|needs|needed|require\w*)\s+(\w+\s+){0,2}(info|information)\b.*\bas (an )?inputs?\b");

    private static readonly (QuestionKind Kind, Regex Pattern)[] Rules =
    [
        // "Kādi ir galvenie vispārējie akti, ar kuriem jāsalāgo?" asks for the acts, not what to mind.
        (QuestionKind.LegalActs, Pattern(@"\b(kadi|kuri|kadus|kurus|which|what)\b(\s+\w+){0,5}\s+(visparej\w*|general)\s+(\w+\s+)?(akt\w*|acts?|normativ\w*|laws?|likum\w*)")),
        // What to bear in mind comes before expected changes: the card's attention point names both.
        (QuestionKind.Guidance, WhatToMind),
        (QuestionKind.RegulatoryChange, Pattern(@"\babout to (change|be (changed|revised|replaced))\b|\bgoing to (change|be (changed|revised))\b|\b(are|is) changing\b|\bwho (should|can|do|are|must) (we|i) (\w+ ){0,3}(ask|turn to|contact)\b|(gaid\w*|sagaidam\w*|plan\w*|paredzet\w*|gaidam\w*|nakotn\w*|jaunaj\w* (politik|regulejum|kartib)\w*|butisk\w*|drizuma|upcoming|expected|future|planned|pending|coming|significant|new policy|will (the )?\w+ (change|be (changed|revised|amended)))\W+(\w+\W+){0,4}(izmain\w*|grozijum\w*|parstrad\w*|change\w*|revision\w*|amendment\w*|reform\w*)|(izmain\w*|grozijum\w*|change\w*|revis\w*)\W+(\w+\W+){0,4}(gaid\w*|sagaidam\w*|plan\w*|paredzet\w*|expected|upcoming|planned|coming)|\b(tiek|tiks|is being|being|will be) (parstradat\w*|parstrad\w*|revised|reworked|changed)|\bwill\b.*\b(regulation|law|rules?|acts?)\b.*\bchange|\bmainisies\b|\bgrozisies\b|\btiks (mainit|grozit|parstradat)\w*|\b(ja)?konsult\w*|\bconsult\w*|\boverhaul\w*|\bbeing (revised|reworked|overhauled|rewritten)\b|\bdown the pipe\b|\bcheck (in )?(with|w) ?\W?\s*(varam|the ministry)\b|\b(talk|speak|chat) (to|with) varam\b|\b(versties|griezties|vaicat|jautat)\b(\s+\w+){0,2}\s+(pie )?varam\b|\bjaun\w* politik\w*|\bkurai iestadei (jautat|versties|griezties)\b|\b(runat|parunat|sazinaties|aprunaties) ar varam\b|\bgoing to be (rewritten|reworked|replaced)\b|\bwait (for|until)\b(\W+\w+){0,3}\W+(new|changed|revised) (regulation|rules|law|acts)\b")),
        (QuestionKind.RelatedTasks, Pattern(@"\bsaistit\w*\s+uzdevum\w*|\b(ar )?(kuriem|kadiem) (citiem )?uzdevum\w*\b(\W+\w+){0,3}\W+(ir )?saist\w*|\buzdevum\w*\s+(ir\s+)?(saistit\w*|saistas)\b|\bsaistit\w*\s+ar\s+pu|\bsavstarpej\w*|\bbiznesa process\w*|\bbusiness process\b|\beach other\b|\bcit\w*\s+uzdevum\w*|\buzdevum\w*\s+(shem\w*|karte)|\bkopsakar\w*|\batkarib\w*|\batkarig\w*|\bpasu par sevi\b|\bmijiedarb\w*|\b(the )?(rest of the|other|remaining|parejiem|parejo|parejie|citiem) (\w+ ){0,3}(tasks|uzdevum\w*)\b|\bstandalone\b|\bfeeds? into\b|\bleans? on\b|\bhang together\b|\bfits? (in )?with (the )?(other|rest)\b|\brelated\b|\blinked\b|\blinks? (to|with)\b|\bconnect(s|ed)? (to|with)\b|\binterlink\w*|\btasks?\b.*\bdepend\w*|\bother tasks?\b|\btask map\b|\bconnected\b|\bneighbo\w*|\bblakus\b|\bnext to\b|\bbeside\b|\bnear\b|\bfits? (in|into)\b|\bwhole system of\b|\b(tas|ta|tie|tas ir|it) saistit\w* ar (so|sho) uzdevum\w*|\b(tas|ta|tie|it|pu\s?[1-3]\W?\d+)( ir| is)? (saistit\w*|saistas|related|linked|connected) (ar|to|with) (specialo normativo aktu|(the )?special(ised)? (legal )?acts?) (izstrad|development|drafting)\w*|\brelated to (this|the|our) task\b|\bconnected to (this|the) task\b|\bsurround\w*|\bcit\w* tasks?\b|\bsaistit\w* ar cit\w*")),
        (QuestionKind.Catalogue, Pattern(@"\bcik\b(\s+\w+){0,3}\s+(uzdevum\w*|task\w*)|\bhow many\b(\s+\w+){0,3}\s+tasks?\b|\b(visi|visus|visu|visiem|all)\b(\s+\w+){0,2}\s+(uzdevum\w*|tasks)\b|\buzdevumu (sarakst|katalog|kopskait|skait)\w*|\b(list|catalogue|catalog|overview) of (the )?(all )?tasks\b|\blist (all |every )?(the )?tasks\b|\batkartoj\w*|\brepeat\w*|\bseveral places\b|\bmore than one place\b|\bvairakas vietas\b|\bmultiple places\b|\bgrup\w* pu\s?[1-3]\b|\bgroup pu\s?[1-3]\b|\bpu\s?[1-3] (grup|group)\w*|\b(kuri|kadi|kurus|kadus) uzdevum\w*\b(\s+\w+){0,3}\s+(grupa|grupai|pu\s?[1-3])\b|\b(which|what) (other )?tasks (are |belong )?(in|to|of)\b|\bwhich tasks (have|carry|are marked|show up|appear)\b|\bmore than once\b|\bshow up\b|\b(uzskaiti|saraksti|nosauc|list|name) (visus |all )?(\w+ ){0,4}(uzdevum\w*|tasks)\b|\bsame group\b|\b(rest|others?) of (that|the|this) group\b|\bthat group\b|\bwhat else is in\b|\btaja grupa\b|\btaja pasa grupa\b")),
        (QuestionKind.LevelsScales, Pattern(@"\(a\)|\(l\)|\ba un l\b|\ba and l\b|\batbildig\w*\b.*\blidzatbildig|\bco-?responsible\b|\broles?\b.*\binvolved\b|\biesaistit\w* lom\w*|\blom\w*\b.*\biesaistit\w*")),
        (QuestionKind.Guidance, Pattern(@"\buzmanib\w*|\battention\b|\b(bilde|bildi|attels|attelu|diagramm\w*|picture|diagram|sema|shema|semu|shemu)\b(\s+\w+){0,2}\s+(ar |with )?(4|cetr\w*|four) (dal\w*|element\w*|parts|boxes|blok\w*)|\bjasaskan\w*|\bsaskanot\b|\baligned?\b|\bsistem\w* element\w*|\bsystem diagram\b|\bservice management system\b|\bparvaldibas sistem\w*")),
        // "What information should I have at hand before drafting?" asks for the information resources, whatever phase it names.
        (QuestionKind.Resources, InformationAsked),
        // "What does PU2-6 deliver? I need the outputs for our process map": the results, not the processes. "Kāpēc ir
        // vērts to darīt?": why, which the benefits answer, not the steps.
        (QuestionKind.Outcomes, Pattern(@"\bwhat (does|do|will) (\w+ ){0,3}deliver\b|\boutputs?\b|\bkapec\b(\s+\w+){0,3}\s+(verts|vajag|vajadzetu|jadara|darit|ieguldit)\b|\bwhy (is it|would it be|is this) (\w+ )?worth\b|\bwhy bother\b")),
        // "Kam tas jādara?" asks who, though "jādara" alone asks for the steps.
        (QuestionKind.Responsible, Pattern(@"\bkam\s+(\w+\s+)?ja(dara|veic|groza|maina|pamaina|izstrada|raksta|sagatavo|apzina)\b")),
        (QuestionKind.Steps, Pattern(@"\bsol\w*\b|\bsecib\w*|\bno sakuma lidz beigam\b|\bfrom start to finish\b|\bdarbib\w*\b|\bjadara\b|\bjaveic\b|\bdarit\b|\bdara\b|\bkartib\w*|\bposm\w*\s+darb|\bsteps?\b|\bactions?\b|\bprocedure\b|\bwhat (should|must|do) (we|i|one)\b|\bto do\b|\bphase\b|\bfaz\w*\b|\bpirms\b|\bpec\b|\bveidojot\b|\bbefore\b|\bafter\b|\bwhile\b|\bduring\b|\bkontrolsarakst\w*|\bchecklist")),
        (QuestionKind.Responsible, Pattern(@"^(un\s+)?kas\b|\bwhich (person|official|body)\b|\bkura persona\b|\bkurs\b|\bkura loma\b|\bkuram\b|\bkam\s+(ir\s+)?(ja|jā)\w*|\bkam\b|\bwho\b|\bwhose\b|\bwhich role\b|\bresponsib\w*|\batbildig\w*|\bparbild\w*")),
        (QuestionKind.RoleDuties, Pattern(@"\bpienakum\w*|\bko\b(\s+\w+){0,3}\s+dara\b|\bpar ko\b.*\batbild\w*|\bexpected of\b|\bwhat is the role\b|\bjob of\b|\bduties\b|\bduty\b|\bresponsibilities\b|\bwhat does\b|\bko dara\b|\bkas jadara\b|\bdefinic\w*|\bdefin\w*|\brole of\b|\bloma\b|\bkas ir\s+\w+\s+(vaditaj|saimniek)\w*|\bwho is the\b")),
        (QuestionKind.LegalActs, Pattern(@"\blikum\w*|\blaws?\b|\bmk\b|\bministru kabinet\w*|\bcabinet\b|\b399\b|\b402\b|\bvispareji\w* normativ\w*|\bgeneral\w* (state|regulatory|legal)\w*|\blegal acts?\b|\blegislation\b|\bwhich (acts|regulations)\b|\bkadi normativie akti\b|\bvpil\b")),
        (QuestionKind.Competences, Pattern(@"\bkompetenc\w*|\bprast\b|\bjaprot\b|\bcompeten\w*|\bskills?\b|\bprasm\w*|\bzinasan\w*|\bspej\w*|\bcapabilit\w*|\bprocess\w*|\bitil\b|\bapmacib\w*|\btraining\b")),
        (QuestionKind.Resources, Pattern(@"\bresursi\b|\bresources needed\b|\bnepieciesam\w* resurs\w*|\bresurs\w* (vajag|nepieciesam)|\bwhat resources\b|\bkadi resursi\b|\binformacij\w*|\binformation\b|\binfo\b|\btehnolog\w*|\btechnolog\w*|\btech\b|\b(gramatvedib|personal|lietvedib|dokumentu vadib)\w* sistem\w*|\b(accounting|hr|records|document management) systems?\b|\bikt\b|\bict\b|\bit systems?\b|\bsystems? (are |is )?needed\b|\bkadas sistemas\b|\binfrastrukt\w*|\bserver\w*|\bsoftware\b|\bprogramm\w*|\btools?\b")),
        (QuestionKind.LevelsScales, Pattern(@"\blimen\w*|\blevels?\b|\bmerog\w*|\bscales?\b|\bposm\w*|\bstages?\b|\blifecycle\b|\bdzives cikl\w*|\blikvid\w*|\bdecommission\w*|\bievies\w*|\bclos(e|ing) down\b|\bwind(ing)?[- ]down\b|\bupkeep\b|\broll-?out\b|\batbildiga\b.*\blidzatbildig|\bco-?responsible\b|\blidzatbildig\w*|\bmarkers?\b")),
        (QuestionKind.Conditions, Pattern(@"\bnosacijum\w*|\bconditions?\b|\bn-?codes?\b|\bn[- ]?kod\w*|\bn\s*[12]\s*[-.]\s*\d\b|\bparvaldamib\w*|\bmanageab\w*|\batbilstib\w*|\bfit with (\w+ )?needs\b|\bvienveidig\w*|\buniform\b|\bdzives situacij\w*|\blife situation\w*|\bsabiedrib\w* vajadzib\w*|\bsociety\b")),
        (QuestionKind.Outcomes, Pattern(@"\brezultat\w*|\bresults?\b|\boutcomes?\b|\bieguv\w*|\bbenefits?\b|\bapdraud\w*|\bdraud\w*|\bieg(us|ut|ust)\w*|\bthreats?\b|\brisks?\b|\bja netiek\b|\bkas (slikts|slikti|sliktu)\b|\bnetais\w*|\bnetiks\b|\bne(izstrada|groza|raksta)\w*|\bsekas\b|\bconsequenc\w*|\bgo(es)? wrong\b|\bwent wrong\b|\bnobody (writes|does|drafts)\b|\bneveic\w*|\blabum\w*|\bproduce\w*|\bin the end\b|\bbeigas\b|\b(ja)?iznak\w*|\bbeigu beigas\b|\btangible\b|\bif (it is )?not (performed|done)\b|\bnot performed\b|\bkapec\b|\bwhy\b|\bkas notiek\b|\bkas notiks\b|\bwhat happens\b|\bend up\b|\bat the end\b|\bwhat should exist\b|\bdeliverables?\b|\bwhat (do|does|will) (we|it|this|the task) (get|produce|deliver|achieve)\b|\bneizpild\w*|\bzaudej\w*|\bwhat do we lose\b|\bif (we|you|they) (dont|do not|skip|ignore|never)\b|\bif (nobody|no one)\b|\bgain\w*\b|\bwhat for\b|\bpurpose\b|\bmerk\w*\b")),
        (QuestionKind.Guidance, Pattern(@"\buzmanib\w*|\battention\b|\bsaskan\w*|\balign\w*|\bgrup\w*|\bgroups?\b|\bnozar\w*|\bsector\b|\bpasvaldib\w*|\bmunicipal\w*|\bvados\w* iestad\w*|\bleading institution\b|\bvadlinij\w*|\bguidelines?\b|\bppp\b|\bsistem\w* element\w*|\belements?\b|\bspecializet\w* (normativ\w* )?regulejum\w*|\bspecialised regulation\b|\bnational\b|\bvalst\w* vai nozar\w*")),
        (QuestionKind.Task, Pattern(@"\b(what'?s|whats)\s+pu\s*[1-3]|\bwhat pu\s*[1-3]\W?\d+ is\b|^kas (ir )?(tas|ta) (ir )?(uzdevums )?pu\s*[1-3]|\bka (sauc|saucas) (\w+ )?uzdevum\w*|\bidentifikator\w*|\bidentifier\b|\b(kurs|kads|which|what)\s+(ir\s+|is\s+)?(uzdevums|task)\b|\b(kurs no|kura no|which of|which one of)\b(\s+\w+){0,4}\s+(uzdevum\w*|tasks?)\b|\b(kas|what)\s+(ir|is)\s+(uzdevums\s+|task\s+)?pu\s*[1-3]|\b(kurai|kura|which|what) (grupai|grupa|group)\b|\buzdevum\w* (nosaukum|id)\w*|\bwhat is (the )?task\b|\bkads uzdevums\b|\bkurs uzdevums\b|\bwhich task\b|\btask (name|number|id)\b|\b(kads|kada|kadu|what'?s|what is|which) (\w+ ){0,2}(id|numurs|kods)\b|\b(id|numurs|numuru|kodu|kods)\b(\s+\w+){0,3}\s+(uzdevum\w*|task\w*)\b|\b(uzdevum\w*|task\w*)\b(\s+\w+){0,3}\s+(id|numurs|numuru|kodu)\b")),
    ];


    /// <summary>The question asks what information is needed (slide 7), whatever phase it names.</summary>
    public static bool AsksForInformation(string folded) => InformationAsked.IsMatch(folded);

    /// <summary>Latvian "kas" is both "who" and "what": "kas ir ...", "kas notiek ..." ask what, not who.</summary>
    private static readonly Regex WhatNotWho = Pattern(@"^(un\s+)?kas\s+(ir|notiek|notiks|jadara|jaievero)\b|^(un\s+)?kas\s+(\w+\s+){0,2}(bus|paliks|radisies|iegusim|jaiznak|iznak|sanak)\b|^kas (ir )?(tas|ta) (ir )?(uzdevums )?pu\s*[1-3]");
    private static readonly Regex OtherWho = Pattern(@"\bkurs\b|\bkura loma\b|\bkuram\b|\bkam\s+(ir\s+)?ja\w*|\bwho\b|\bwhose\b|\bwhich role\b|\bresponsib\w*|\batbildig\w*|\bparbild\w*");

    /// <summary>The question asks what to bear in mind (the card's attention point), whatever phase it names.</summary>
    public static bool AsksWhatToMind(string folded) => WhatToMind.IsMatch(folded);

    /// <summary>
    /// A yes/no question about the expected changes ("will the regulation change?", "vai regulējums tiek
    /// pārstrādāts?"), not which changes, nor whom or where to ask: the card's points for attention answer it.
    /// </summary>
    public static bool AsksWhetherRegulationChanges(string folded) => WhetherItChanges.IsMatch(folded) && !WhomToConsult.IsMatch(NotAboutWhom.Replace(folded, " "));

    /// <summary>"Kaut kur dzirdēju" (heard somewhere), "what the card says about this": no question of whom or where to ask.</summary>
    private static readonly Regex NotAboutWhom = new(@"\bkaut kur\b|\bwhat (the card|it|the task card) says\b|\bwhat (does )?(the card|it) say\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A yes/no question anywhere in the message ("Dzirdēju, ka viss mainīsies. Vai tā ir taisnība?"), or hearsay to confirm.
    private static readonly Regex WhetherItChanges = new RulePattern(@"(^|[.!?;:]\s*)(and |un |so |bet )?(vai|will|is|are|does|do|has|have|would)\b|\b(gaidamas|gaidami|sagaidamas|planotas|paredzetas|expected|planned)\s*\?\s*$|\b(taisniba|true|dzirdet\w*|dzirdej\w*|dzirdets|heard|rumou?rs?|baumas)\b");

    private static readonly Regex WhomToConsult = new RulePattern(@"\bkonsult\w*|\bjakonsult\w*|\bconsult\w*|\badvi[cs]e\b|\b(ask|contact|turn to|talk to|speak to|check with|reach|where|find out|learn)\b|\bwho\b|\bwhom\b|\b(kur|kam|ar ko|pie ka|pie kura|kadas|kadi|kada|which|what)\b|\b(ja)?(runat|jautat|griezties|vaicat|sazinaties|versties|uzzinat)\b|\bvaram\b");

    public static IReadOnlyList<QuestionKind> Match(string folded)
    {
        // "Resursu un spēju pārvaldība" names the resource roles' field, not the capabilities the task needs.
        var text = ResourceAndCapabilityManagement.Replace(folded, "resursu parvaldiba");
        // In the rules' order, each kind once: a kind already found skips its other rules.
        var kinds = new List<QuestionKind>(4);
        foreach (var (kind, pattern) in Rules)
        {
            if (kinds.Contains(kind) || !pattern.IsMatch(text)) continue;
            if (kind == QuestionKind.Responsible && WhatNotWho.IsMatch(text) && !OtherWho.IsMatch(text)) continue;
            kinds.Add(kind);
        }
        return kinds;
    }

    private static readonly Regex ResourceAndCapabilityManagement = new(@"\bresursu un speju parvaldib\w*|\bresource and capabilit\w* management\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex Pattern(string pattern) =>
        new RulePattern(pattern);
}
