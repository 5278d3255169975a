using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>
/// The words for what is not a fact of the card: small talk, a feature being opened, and the honest "the card does
/// not say who …" for actions the card assigns to nobody. Both languages, kept in one place.
/// </summary>
internal static class ConversationReplies
{
    private static readonly Dictionary<IntentKind, (Text Title, Text Direct)> Intents = new()
    {
        [IntentKind.Greeting] = (new("Sveiki!", "Hello!"), new(
            "Sveiki! Es atbildu uz jautājumiem par pakalpojumu pārvaldības uzdevuma PU2-6 kartīti. Jautājiet, piemēram: „Kas izstrādā normatīvos aktus konkrētam pakalpojumam?”",
            "Hello! I answer questions about the service-management task card PU2-6. Ask, for example: \"Who drafts the regulatory acts for a specific service?\"")),
        [IntentKind.Thanks] = (new("Lūdzu!", "You're welcome!"), new(
            "Lūdzu! Ja rodas vēl kāds jautājums par uzdevumu PU2-6, rakstiet.",
            "You're welcome! If anything else about task PU2-6 comes up, just ask.")),
        [IntentKind.Goodbye] = (new("Uz redzēšanos!", "Goodbye!"), new(
            "Uz redzēšanos! Rakstiet atkal, kad vajag.",
            "Goodbye! Write again whenever you need.")),
        [IntentKind.WhoAreYou] = (new("Kas es esmu", "Who I am"), new(
            "Esmu ChatAssistant — Teams asistents, nevis cilvēks. Es atbildu uz jautājumiem par VARAM pakalpojumu pārvaldības uzdevuma PU2-6 kartīti un vienmēr norādu avotu. Ja atbildi nezinu, to pasaku un varu nodot jautājumu VARAM konsultācijai.",
            "I'm ChatAssistant, a Teams assistant, not a person. I answer questions about VARAM's service-management task card PU2-6 and always cite the source. When I don't know, I say so and can pass the question to a VARAM consultation.")),
        [IntentKind.Capabilities] = (new("Ko es protu", "What I can do"), new(
            "Es atbildu uz jautājumiem par uzdevuma PU2-6 kartīti (lomas un to pienākumi, veicamie soļi, rezultāti, nepieciešamās spējas un resursi, normatīvie akti, uzdevumu shēma), dodu lomas soļu kontrolsarakstu un nododu jautājumu VARAM konsultācijai, ja atbildes kartītē nav.",
            "I answer questions about task card PU2-6 (the roles and their duties, the steps, the results, the capabilities and resources needed, the legal acts, the task map), give a role's step checklist, and pass a question to a VARAM consultation when the card has no answer.")),
        [IntentKind.Checklist] = (new("Kontrolsaraksts", "Checklist"), new("Atveru lomas soļu kontrolsarakstu.", "Opening the role's step checklist.")),
        [IntentKind.MyChecklists] = (new("Mani kontrolsaraksti", "My checklists"), new("Atveru jūsu kontrolsarakstus.", "Opening your checklists.")),
        [IntentKind.MyTickets] = (new("Mani pieteikumi", "My tickets"), new("Atveru jūsu pieteikumus VARAM konsultācijai.", "Opening your VARAM consultation tickets.")),
        [IntentKind.Escalate] = (new("Jautājums VARAM", "Question to VARAM"), new("Atveru pieteikuma formu VARAM konsultācijai.", "Opening the form for a VARAM consultation.")),
    };

    private static readonly Text UnassignedTitle = new("Kartītē tas nav teikts", "The card does not say");
    private static readonly Text UnassignedDirect = new(
        "Kartītē nav teikts, kas {0}. Tajā ir teikts tikai, kas apzina, izstrādā, koordinē un groza speciālos normatīvos aktus: pakalpojuma vadītājs un resursa vadītājs tos apzina, izstrādā un groza sava pakalpojuma vai resursa pārvaldībai, bet pakalpojumu kopuma vadītājs un resursu kopuma vadītājs apzina iestādei vajadzīgos aktus un koordinē to izstrādi un grozīšanu. Varu nodot jautājumu VARAM konsultācijai.",
        "The card does not say who {0}. It only says who identifies, drafts, coordinates and amends the special regulatory acts: the service manager and the resource manager identify, draft and amend them for their own service or resource, and the service portfolio manager and the resource portfolio manager identify the acts the institution needs and coordinate their drafting and amendment. I can pass the question to a VARAM consultation.");

    private static readonly Text NamedTitle = new("Kartītē tas nav teikts", "The card does not say");
    private static readonly Text NamedDirect = new(
        "Kartīte nenosauc nevienu konkrētu cilvēku vai iestādi, kas pilda kādu lomu: tā tikai apraksta lomas. Piemēram, pakalpojuma vadītājs ir konkrēts cilvēks iestādē, kurš atbild par konkrēta pakalpojuma pārvaldību; kurš tas ir jūsu iestādē, nosaka pati iestāde. Varu nodot jautājumu VARAM konsultācijai.",
        "The card names no particular person or institution that holds a role: it only describes the roles. For example, the service manager is a specific person in the institution who is responsible for managing a specific service; who that is in your institution, the institution itself decides. I can pass the question to a VARAM consultation.");
    private static readonly Text MarkerDirect = new(
        "Kartītē lomām ir apzīmējumi atbildīgā (A) un līdzatbildīgā (L), bet avotā nevar droši salasīt, kurai lomai ir A un kurai L, tāpēc to nepateikšu kā faktu. Varu nodot jautājumu VARAM konsultācijai.",
        "The card marks roles as responsible (A) or co-responsible (L), but the source does not show reliably which role carries A and which L, so I won't state it as fact. I can pass the question to a VARAM consultation.");

    private static readonly Text ActContentDirect = new(
        "Kartīte šo aktu tikai nosauc kā vienu no galvenajiem ar pakalpojumu pārvaldību saistītajiem valsts mēroga vispārējiem normatīvajiem aktiem; tā saturu kartīte neapraksta, tāpēc to nestāstīšu. Varu nodot jautājumu VARAM konsultācijai.",
        "The card only names this act as one of the main general, state-level regulatory acts related to service management; it does not describe its content, so I won't. I can pass the question to a VARAM consultation.");

    private static readonly Text AbbreviationDirect = new(
        "Kartītē saīsinājums „PPP” nav atšifrēts. Tā saka tikai, ka PPP ir normatīvais regulējums, kas nosaka valstī vienotu, vispārēju kārtību pakalpojumu pārvaldības īstenošanai (8. slaids). Varu nodot jautājumu VARAM konsultācijai.",
        "The card does not spell out the abbreviation \"PPP\". It only says that PPP is the regulation that sets a uniform, general order for service management in the state (slide 8). I can pass the question to a VARAM consultation.");

    private static readonly Dictionary<string, Text> Actions = new()
    {
        ["approve"] = new("apstiprina šos aktus", "approves these acts"),
        ["sign"] = new("paraksta šos aktus", "signs these acts"),
        ["adopt"] = new("pieņem šos aktus", "adopts these acts"),
        ["issue"] = new("izdod vai publicē šos aktus", "issues or publishes these acts"),
        ["fund"] = new("finansē šo darbu", "funds this work"),
        ["supervise"] = new("uzrauga vai kontrolē šo aktu izpildi", "supervises or enforces these acts"),
        ["penalise"] = new("piemēro sodus vai sankcijas", "imposes penalties or sanctions"),
        ["appoint"] = new("ieceļ lomu turētājus", "appoints the role holders"),
        ["repeal"] = new("atceļ šos aktus", "repeals these acts"),
        ["submit"] = new("iesniedz šos aktus pieņemšanai", "submits these acts for adoption"),
        ["review"] = new("juridiski izvērtē vai recenzē aktu projektus", "reviews the drafts, legally or otherwise"),
        ["register"] = new("uztur šo aktu reģistru vai arhīvu", "keeps a register or archive of these acts"),
        ["represent"] = new("pārstāv iestādi tiesā vai strīdos par šiem aktiem", "represents the institution in court or in disputes over these acts"),
        ["negotiate"] = new("ved sarunas ar citām pusēm par šiem aktiem", "negotiates these acts with other parties"),
        ["train"] = new("apmāca darbiniekus", "trains the staff"),
        ["settle"] = new("izšķir lomu domstarpības", "settles disagreements between the roles"),
        ["decide"] = new("to izlemj", "decides this"),
        ["other"] = new("to dara", "does that"),
        ["assess-impact"] = new("veic ietekmes vai datu aizsardzības novērtējumu", "carries out impact or data-protection assessments"),
    };

    public static Answer ForIntent(QuestionAnalysis q, ChatIntent intent)
    {
        var (title, direct) = Intents[intent.Kind];
        var status = intent.IsSmallTalk ? AnswerStatus.Conversation : AnswerStatus.Request;
        return new Answer(q.Text, q.Language, q.Kind, status, 1, intent.Id, title.In(q.Language), direct.In(q.Language), [], null, null,
            OfferEscalation: false, [], [])
        {
            Intent = intent,
            Role = intent.Role,
        };
    }

    public static Answer Unassigned(QuestionAnalysis q, string action)
    {
        var direct = action switch
        {
            "name" => NamedDirect.In(q.Language),
            "marker" => MarkerDirect.In(q.Language),
            "act-content" => ActContentDirect.In(q.Language),
            "abbreviation" => AbbreviationDirect.In(q.Language),
            _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, UnassignedDirect.In(q.Language), (Actions.TryGetValue(action, out var phrase) ? phrase : Actions["approve"]).In(q.Language)),
        };
        return new Answer(q.Text, q.Language, QuestionKind.Responsible, AnswerStatus.Unknown, 0, null, UnassignedTitle.In(q.Language), direct, [], null, null,
            OfferEscalation: true, [], []);
    }
}
