using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>The welcome and help cards' words, in both languages.</summary>
public static class HelpText
{
    public static readonly Text WelcomeTitle = new("Sveiki! Esmu pakalpojumu pārvaldības asistents", "Hello! I'm the service-management assistant");
    public static readonly Text WelcomeAnswers = new(
        "Atbildu uz jautājumiem par VARAM pakalpojumu pārvaldības uzdevumu PU2-6 „Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide” un katrai atbildei norādu avotu.",
        "I answer questions about VARAM's service-management task PU2-6, development and improvement of special regulatory acts for service management (Pakalpojumu pārvaldības speciālo normatīvo aktu izstrāde un pilnveide), and cite the source of every answer.");
    public static readonly Text WelcomeChecklistsAndEscalation = new(
        "Katrai no četrām lomām varu sagatavot soļu kontrolsarakstu, bet jautājumus, uz kuriem atbildes nezinu, nododu VARAM konsultācijai.",
        "I can give each of the four role holders a step-by-step checklist, and I pass questions I can't answer to a VARAM consultation.");
    public static readonly Text TryAsking = new("Pamēģiniet pajautāt", "Try asking");
    public static readonly Text HelpButton = new("Palīdzība", "Help");
    public static readonly Text ChecklistButton = new("Mans kontrolsaraksts", "My checklist");
    public static readonly Text HelpTitle = new("Kā ar mani strādāt", "How to use me");
    public static readonly Text HelpHowToAsk = new(
        "Uzdodiet jautājumu vienkāršiem vārdiem latviski vai angliski. Garumzīmes un mīkstinājuma zīmes nav obligātas: „kas ir resursa vaditaja pienakumi” arī der.",
        "Ask a plain question in Latvian or English. Latvian diacritics are optional: \"kas ir resursa vaditaja pienakumi\" works too.");
    public static readonly Text HelpCommands = new("Komandas", "Commands");
    public static readonly Text HelpCommandHelp = new("palīdzība vai help", "help or palīdzība");
    public static readonly Text HelpCommandHelpMeaning = new("parāda šo kartīti", "shows this card");
    public static readonly Text HelpCommandChecklist = new("kontrolsaraksts vai checklist", "checklist or kontrolsaraksts");
    public static readonly Text HelpCommandChecklistMeaning = new("soļu kontrolsaraksts jūsu lomai", "a step checklist for your role");
    public static readonly Text HelpCommandEscalate = new("eskalēt vai escalate", "escalate or eskalēt");
    public static readonly Text HelpCommandEscalateMeaning = new("nodod jautājumu VARAM konsultācijai (arī cita vārdā)", "passes a question to a VARAM consultation (also on someone's behalf)");
    public static readonly Text HelpCommandMyTickets = new("mani pieteikumi vai my tickets", "my tickets or mani pieteikumi");
    public static readonly Text HelpCommandMyTicketsMeaning = new("jūsu jautājumi VARAM konsultācijai un to statuss", "your questions to a VARAM consultation and their status");
    public static readonly Text HelpCommandMyChecklists = new("mani kontrolsaraksti vai my checklists", "my checklists or mani kontrolsaraksti");
    public static readonly Text HelpCommandMyChecklistsMeaning = new("jūsu saglabātie kontrolsaraksti", "the checklists you keep");
    public static readonly Text HelpChannels = new(
        "Kanālos mani jāpiemin ar @, lai es redzētu jautājumu; personīgajā tērzēšanā pietiek ar jautājumu.",
        "In channels, @mention me so I see the question; in a personal chat just ask.");
    public static readonly Text HelpCitations = new(
        "Katra atbilde norāda, no kuras uzdevuma kartītes un slaida tā ņemta, lai to var pārbaudīt.",
        "Every answer names the task card and slide it comes from, so you can check it.");
}
