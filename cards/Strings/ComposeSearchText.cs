using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>The compose-box search: its results and the answer card people insert into a chat, in both languages.</summary>
public static class ComposeSearchText
{
    public static readonly Text NotAnsweredTitle = new("Uzdevuma kartīte uz šo neatbild", "The task card does not answer this");

    public static readonly Text NotAnswered = new(
        "Uzdevumu kartītēs uz šo jautājumu atbildes nav. Lai to jautātu VARAM, personiskajā sarunā ar asistentu uzrakstiet „eskalēt” un jautājumu.",
        "The task cards have no answer to this question. To ask VARAM, write \"escalate\" and the question in a personal chat with the assistant.");

    public static readonly Text Question = new("Jautājums", "Question");

    public static readonly Text SharedFrom = new(
        "Atbilde no uzdevumu kartītēm, ievietota ar asistentu ChatAssistant.",
        "An answer from the task cards, inserted with the ChatAssistant assistant.");
}
