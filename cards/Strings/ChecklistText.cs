using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>The checklist cards' words and the bot's checklist notices, in both languages.</summary>
public static class ChecklistText
{
    public static readonly Text Title = new("Kontrolsaraksts", "Checklist");
    public static readonly Text WorkName = new("Darbs", "Work");
    public static readonly Text Progress = new("Izpildīti {0} no {1}", "{0} of {1} done");
    public static readonly Text Duty = new("jūsu pienākums", "your duty");
    public static readonly Text Save = new("Saglabāt", "Save");
    public static readonly Text Reset = new("Notīrīt atzīmes", "Reset");
    public static readonly Text Export = new("Eksportēt tekstā", "Export as text");
    public static readonly Text Sources = new("Avots: uzdevuma kartīte {0}, {1}. slaids", "Source: task card {0}, slides {1}");

    public static readonly Text PickRoleTitle = new("Kurai lomai veidot kontrolsarakstu?", "Which role is the checklist for?");
    public static readonly Text PickRoleHint = new(
        "Izvēlieties savu lomu. Varat nosaukt darbu, piemēram, aktu, ko izstrādājat, lai katram darbam būtu savs kontrolsaraksts.",
        "Choose your role. You can name the piece of work, e.g. the act you are drafting, so each one keeps its own checklist.");
    public static readonly Text NameLabel = new("Darba nosaukums (neobligāts)", "Name of the work (optional)");
    public static readonly Text NamePlaceholder = new("piem., Noteikumi par e-pakalpojumu X", "e.g. Rules for e-service X");

    public static readonly Text MyChecklistsTitle = new("Mani kontrolsaraksti", "My checklists");
    public static readonly Text NoChecklists = new(
        "Jums vēl nav neviena kontrolsaraksta. Uzrakstiet „kontrolsaraksts”, lai sāktu.",
        "You have no checklists yet. Type \"checklist\" to start one.");
    public static readonly Text Open = new("Atvērt", "Open");
    public static readonly Text NewChecklist = new("Jauns kontrolsaraksts", "New checklist");

    // Notices
    public static readonly Text Saved = new("Saglabāts.", "Saved.");
    public static readonly Text Cleared = new("Atzīmes notīrītas.", "Ticks cleared.");
    public static readonly Text Stale = new(
        "Kontrolsaraksts ir mainījies kopš šīs kartītes izveides, tāpēc atzīmes netika saglabātas. Šeit ir pašreizējais saraksts ar jūsu saglabātajām atzīmēm.",
        "The checklist has changed since this card was made, so the ticks were not saved. Here is the current list with your saved ticks.");
    public static readonly Text Conflict = new(
        "Šo kontrolsarakstu tikko saglabāja citur. Šeit ir jaunākā versija; atzīmējiet vēlreiz.",
        "This checklist was just saved elsewhere. Here is the latest version; please tick again.");
    public static readonly Text NotYours = new(
        "Šis kontrolsaraksts pieder citam lietotājam, tāpēc to nevar mainīt. Uzrakstiet „kontrolsaraksts”, lai izveidotu savu.",
        "This checklist belongs to someone else, so you can't change it. Type \"checklist\" to start your own.");
    public static readonly Text Unknown = new(
        "Šo kontrolsarakstu vairs nevar atrast (nezināma loma vai solis). Uzrakstiet „kontrolsaraksts”, lai sāktu no jauna.",
        "That checklist can't be found any more (unknown role or step). Type \"checklist\" to start again.");

    /// <summary>Under "my checklists" when not all fit the card.</summary>
    public static readonly Text ListRest = new(
        "Pārējos atverat, ierakstot „kontrolsaraksts <loma>: <darba nosaukums>”.",
        "Open the others with \"checklist <role>: <name of the work>\".");
}
