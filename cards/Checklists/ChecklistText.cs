using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Checklists;

/// <summary>The checklist cards' words, in both languages.</summary>
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
}
