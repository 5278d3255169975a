using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Strings;

/// <summary>The feedback buttons and the thanks for a vote, in both languages.</summary>
public static class FeedbackText
{
    public static readonly Text WasThisHelpful = new("Vai šī atbilde palīdzēja?", "Was this helpful?");
    public static readonly Text Helpful = new("Noderīga", "Helpful");
    public static readonly Text NotHelpful = new("Nenoderīga", "Not helpful");

    public static readonly Text Thanks = new(
        "Paldies par atsauksmi! Satura redaktori to redzēs.",
        "Thanks for the feedback! The content editors will see it.");

    public static readonly Text NotYourAnswer = new(
        "Šo vērtējumu nevarēju saglabāt: vērtēt var tikai atbildi, ko nesen sniedzu jums šajā sarunā. Uzdodiet jautājumu vēlreiz un novērtējiet jauno atbildi.",
        "I couldn't save this feedback: I can only take a vote on an answer I recently gave you in this chat. Please ask the question again and rate the new answer.");
}
