using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Bot.Checklists;

/// <summary>The checklist notices and errors the bot says, in both languages.</summary>
internal static class ChecklistNotices
{
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
}
