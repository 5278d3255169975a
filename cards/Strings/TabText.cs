using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>The knowledge tab's words (the page, the task map, the configuration page), in both languages.</summary>
public static class TabText
{
    public static readonly Text AppTitle = new("Pakalpojumu pārvaldības zināšanas", "Service management knowledge");
    public static readonly Text TabName = new("Zināšanas", "Knowledge");
    public static readonly Text SkipToContent = new("Pāriet uz saturu", "Skip to content");
    public static readonly Text Sections = new("Sadaļas", "Sections");
    public static readonly Text OtherLanguage = new("English", "Latviski");
    public static readonly Text OtherLanguageHint = new("Rādīt angliski", "Show in Latvian");

    public static readonly Text MapHeading = new("Uzdevumu karte", "Task map");
    public static readonly Text MapIntro = new(
        "Karte ir zīmēta no uzdevumu kataloga: {0} uzdevumi. Izvēlieties uzdevumu, lai redzētu, kas par to ir zināms un kas nav.",
        "The map is drawn from the task catalogue: {0} tasks. Choose a task to see what is known about it and what is not.");
    public static readonly Text MapLabel = new("Pakalpojumu pārvaldības uzdevumu karte ar {0} uzdevumiem", "Map of the {0} service management tasks");
    public static readonly Text LegendHeading = new("Apzīmējumi", "Legend");
    public static readonly Text LegendRepeats = new("● — uzdevums shēmā atkārtojas vairākās vietās", "● — the task appears in several places on the map");
    public static readonly Text LegendHighlighted = new("Izcelts: {0}, šīs kartītes uzdevums", "Highlighted: {0}, the task of this card");
    public static readonly Text LegendNeighbour = new("Raustīta apmale — uzdevums, ko kartīte rāda kā saistītu ar {0}", "Dashed border — a task the card shows as related to {0}");
    public static readonly Text LegendArea = new("Punktota josla — shēmā atsevišķi iezīmēta grupa", "Dotted frame — a group marked separately on the map");

    public static readonly Text TaskHeading = new("Uzdevums {0}", "Task {0}");
    public static readonly Text TaskGroup = new("Grupa", "Group");
    public static readonly Text TaskArea = new("Shēmā atsevišķi iezīmētā grupā", "In a separately marked group on the map");
    public static readonly Text TaskRepeats = new(
        "● Uzdevums shēmā atkārtojas vairākās vietās ar atšķirīgu pielietojumu.",
        "● The task appears in several places on the map, with a different application each time.");
    public static readonly Text TaskKnown = new("Kas ir zināms", "What is known");
    public static readonly Text TaskNotKnown = new("Kas nav zināms", "What is not known");
    public static readonly Text TaskAllReliable = new("Avots šo uzdevumu rāda droši.", "The source shows this task reliably.");
    public static readonly Text TaskRelated = new("Saistītie uzdevumi", "Related tasks");
    public static readonly Text TaskOpenCard = new("Atvērt uzdevuma kartīti {0}", "Open task card {0}");
    public static readonly Text TaskNoCard = new("Šī uzdevuma kartītes asistentam vēl nav.", "The assistant does not hold this task's card yet.");
    public static readonly Text TaskBackToMap = new("Atpakaļ uz karti", "Back to the map");

    public static readonly Text CardHeading = new("Uzdevuma kartīte {0}", "Task card {0}");
    public static readonly Text Slide = new("{0}. slaids", "slide {0}");
    public static readonly Text LevelsHeading = new("Līmeņi, mērogi un lomas", "Levels, scales and roles");
    public static readonly Text Level = new("Līmenis", "Level");
    public static readonly Text Scale = new("Mērogs", "Scale");
    public static readonly Text Role = new("Loma", "Role");
    public static readonly Text Holder = new("Lomas īstenotājs", "Role holder");
    public static readonly Text StagesHeading = new("Pakalpojumu pārvaldības posmi", "Service management stages");
    public static readonly Text RelatedHeading = new("Saistītie uzdevumi uzdevumu kartē", "Related tasks on the task map");
    public static readonly Text SeeMap = new("Skatīt uzdevumu karti", "See the task map");
    public static readonly Text ConditionsHeading = new("Nosacījumi", "Conditions");
    public static readonly Text StepsHeading = new("Veicamās darbības pa posmiem", "Steps by phase");
    public static readonly Text LegalActsHeading = new("Normatīvie akti", "Legal acts");
    public static readonly Text DutiesOnRolePages = new("Katras lomas pienākumi ir lomu sadaļā.", "Each role's duties are in the roles section.");

    public static readonly Text RolesHeading = new("Lomas un to pienākumi", "Roles and their duties");
    public static readonly Text Duties = new("Pienākumi", "Duties");
    public static readonly Text CoordinatedBy = new("Koordinē: {0}", "Coordinated by: {0}");
    public static readonly Text OpenChecklist = new("Atvērt kontrolsarakstu tērzēšanā", "Open the checklist in the chat");
    public static readonly Text TypeInChat = new("Lai atvērtu šīs lomas kontrolsarakstu, uzrakstiet asistentam:", "To open this role's checklist, write to the assistant:");

    /// <summary>The command a role's checklist button sends to the bot: the checklist word and the role holder.</summary>
    public static readonly Text ChecklistCommand = new("kontrolsaraksts {0}", "checklist {0}");

    public static readonly Text SystemHeading = new("Pakalpojumu pārvaldības sistēma", "Service management system");
    public static readonly Text SystemLabel = new("Shēma: {0} elementi un to normatīvais regulējums", "Diagram: {0} elements and their regulation");
    public static readonly Text Regulation = new("Regulējums", "Regulation");

    public static readonly Text NoPersonalData = new(
        "Šajā lapā nav personas datu: tā ir veidota no asistenta zināšanu satura un atjaunojas līdz ar to.",
        "This page holds no personal data: it is built from the assistant's knowledge content and follows its changes.");

    public static readonly Text ConfigHeading = new("Zināšanu cilne kanālam", "Knowledge tab for a channel");
    public static readonly Text ConfigText = new(
        "Šī cilne kanālā rāda uzdevuma kartīti {0}, uzdevumu karti, lomu pienākumus un pārvaldības sistēmu. Nospiediet „Saglabāt”, lai to pievienotu.",
        "This tab shows task card {0}, the task map, the duties of the roles and the management system in the channel. Press \"Save\" to add it.");
}
