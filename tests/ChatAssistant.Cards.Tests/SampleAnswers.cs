using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Cards.Tests;

/// <summary>Answers as the knowledge library really returns them (copied from <c>knowledge/cli ask --json</c>).</summary>
public static class SampleAnswers
{
    public static Answer ResponsibleLv { get; } = new(
        "kas izstrada normativos aktus konkretam pakalpojumam", Language.Lv, QuestionKind.Responsible, AnswerStatus.Answered, 0.905,
        "PU2-6:duty:service-owner.develop",
        "Pakalpojuma vadītājs",
        "Pakalpojuma vadītājs izstrādā jaunus ar konkrēta pakalpojuma pārvaldību saistītus speciālos normatīvos aktus. Pakalpojumu kopuma vadītājs koordinē jaunu iestādes pakalpojumu pārvaldības speciālo normatīvo aktu izstrādi.",
        [
            new("Pakalpojuma vadītājs (loma: Pakalpojuma saimnieks): iestādē ir konkrēts cilvēks, kurš ir atbildīgs par konkrēta pakalpojuma pārvaldību.", null),
            new("Līmenis un mērogs: Pamatdarbības līmenis, Pakalpojuma mērogs.", null),
        ],
        "Uzdevuma kartīte PU2-6, 3. slaids", null, false,
        [
            new("PU2-6:role:service-owner", "Pienākumi: Pakalpojuma vadītājs"),
            new("PU2-6:phase:while", "Soļi: Veidojot normatīvo regulējumu"),
            new("PU2-6:role:service-portfolio-owner", "Pienākumi: Pakalpojumu kopuma vadītājs"),
        ],
        []);

    public static Answer ResponsibleEn { get; } = new(
        "Who is responsible for drafting a service-specific act?", Language.En, QuestionKind.Responsible, AnswerStatus.Answered, 0.997,
        "PU2-6:duty:service-owner.develop",
        "service manager (Pakalpojuma vadītājs)",
        "The service manager (Pakalpojuma vadītājs) drafts (izstrādā) new special regulatory acts related to managing the specific service. The service portfolio manager (Pakalpojumu kopuma vadītājs) coordinates the development of new special regulatory acts for the institution's service management.",
        [
            new("service manager (Pakalpojuma vadītājs), in the role of service owner (Pakalpojuma saimnieks): a specific person in the institution who is responsible for managing a specific service.", null),
            new("Level and scale: core activity level (Pamatdarbības līmenis), service scale (Pakalpojuma mērogs).", null),
        ],
        "Task card PU2-6, slide 3", null, false,
        [
            new("PU2-6:role:service-owner", "Duties: service manager (Pakalpojuma vadītājs)"),
            new("PU2-6:phase:while", "Steps: while creating the regulation (Veidojot normatīvo regulējumu)"),
            new("PU2-6:role:service-portfolio-owner", "Duties: service portfolio manager (Pakalpojumu kopuma vadītājs)"),
        ],
        []);

    /// <summary>The last stage is unclear on the slide: the fact carries a note.</summary>
    public static Answer StagesEn { get; } = new(
        "in which lifecycle stages is the task performed", Language.En, QuestionKind.LevelsScales, AnswerStatus.Answered, 0.552,
        "PU2-6:stages",
        "Involvement in the stages of service management",
        "Involvement in the stages of service management (Iesaiste pakalpojumu pārvaldības posmu aktivitātēs): at the core activity and support levels, this covers services and the capabilities and resources they need.",
        [
            new("introduction or adaptation (Ieviešana vai pielāgošana)", null),
            new("provision or use (Sniegšana vai lietošana)", null),
            new("maintenance and improvement (Uzturēšana un pilnveide)", null),
            new("decommissioning (Likvidēšana)", "On the slide the first three stages carry a ● bullet and Decommissioning (Likvidēšana) does not; the task may not be involved in decommissioning."),
        ],
        "Task card PU2-6, slide 2", null, false,
        [new("PU2-6:levels", "Levels, scales and roles")],
        []);

    public static Answer PppLv { get; } = new(
        "kas ir PPP", Language.Lv, QuestionKind.Responsible, AnswerStatus.Answered, 0.62,
        "PU2-6:section:additional-info",
        "Papildu informācija",
        "Papildu informācija uzdevuma veikšanai: uzdevuma veikšanas vadlīnijas, PPP — normatīvais regulējums, kas nosaka valstī vienotu, vispārēju kārtību pakalpojumu pārvaldības īstenošanai, un galvenie ar pakalpojumu pārvaldību saistītie valsts mēroga vispārējie normatīvie akti.",
        [
            new("Uzdevuma veikšanas vadlīnijas.", null),
            new("PPP: normatīvais regulējums, kas nosaka valstī vienotu, vispārēju kārtību pakalpojumu pārvaldības īstenošanai.", "Saīsinājums „PPP” slaidā nav atšifrēts."),
        ],
        "Uzdevuma kartīte PU2-6, 8. slaids", null, false,
        [
            new("PU2-6:section:general", "Vispārējā informācija"),
            new("PU2-6:section:developers", "Kas izstrādā valstī vai nozarē vienotu, specializētu pakalpojumu pārvaldības regulējumu"),
            new("PU2-6:section:consultation", "Konsultācijas par sagaidāmajām izmaiņām"),
        ],
        []);

    /// <summary>The whole answer is uncertain: the task's name cannot be read on the slide.</summary>
    public static Answer UnreadableTaskLv { get; } = new(
        "pu2-20", Language.Lv, QuestionKind.Task, AnswerStatus.Answered, 1,
        "task:PU2-20",
        "PU2-20 „Nosaukums nav salasāms”",
        "Nav droši zināms: PU2-20 ir pakalpojumu pārvaldības uzdevums „Nosaukums nav salasāms” (grupa PU2: Pamatdarbības un nodrošinājuma pārvaldības līmenis).",
        [new("Šī uzdevuma kartītes asistentam vēl nav: zināms tikai tā nosaukums no uzdevuma PU2-6 shēmas.", null)],
        "Uzdevuma kartīte PU2-6, 4. slaids",
        "Avots to nerāda droši: Uzdevuma nosaukums shēmā nav salasāms.",
        false,
        [new("task:PU2-6", "PU2-6 „Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide”")],
        []);

    public static Answer ConsultEn { get; } = new(
        "what are the expected regulatory changes?", Language.En, QuestionKind.RegulatoryChange, AnswerStatus.Consult, 1,
        "PU2-6:section:consultation",
        "Consultation on the expected changes",
        "The regulation on service management currently in force is being revised; for the expected changes, please consult the state's leading institution for service management (VARAM).",
        [
            new("For the expected changes, please consult the state's leading institution for service management (VARAM).", null),
            new("Author of the task card: Ministry of Smart Administration and Regional Development (Viedās administrācijas un reģionālās attīstības ministrija, VARAM).", null),
        ],
        "Task card PU2-6, slide 8", null, true,
        [new("PU2-6:legal-acts", "Legal acts")],
        []);

    public static Answer UnknownEn { get; } = new(
        "what is the weather", Language.En, QuestionKind.Unknown, AnswerStatus.Unknown, 0,
        null,
        "I don't know",
        "I don't know: my task cards have no information on this, and I won't guess. I can pass the question to a VARAM consultation.",
        [], null, null, true, [], []);

    public static Answer UnknownLv { get; } = new(
        "kuros dzīves cikla posmos uzdevums tiek veikts", Language.Lv, QuestionKind.LevelsScales, AnswerStatus.Unknown, 0.361,
        null,
        "Es to nezinu",
        "Es to nezinu: manās uzdevumu kartītēs par to nav informācijas, un minēt es negribu. Varu nodot jautājumu VARAM konsultācijai.",
        [], null, null, true, [], []);

    public static IReadOnlyDictionary<string, Answer> All { get; } = new Dictionary<string, Answer>
    {
        [nameof(ResponsibleLv)] = ResponsibleLv,
        [nameof(ResponsibleEn)] = ResponsibleEn,
        [nameof(StagesEn)] = StagesEn,
        [nameof(PppLv)] = PppLv,
        [nameof(UnreadableTaskLv)] = UnreadableTaskLv,
        [nameof(ConsultEn)] = ConsultEn,
        [nameof(UnknownEn)] = UnknownEn,
        [nameof(UnknownLv)] = UnknownLv,
    };

    public static TheoryData<string> Names() => [.. All.Keys];
}
