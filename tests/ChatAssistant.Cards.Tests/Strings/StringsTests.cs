using System.Reflection;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests.Strings;

/// <summary>Every user-facing string of the cards and the bot lives in cards/Strings, one class per feature.</summary>
public class StringsTests
{
    private static readonly Type[] Classes = [.. typeof(QnaText).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(QnaText).Namespace && t.IsClass && t.IsAbstract && t.IsSealed)]; // static classes

    private static IEnumerable<(string Name, Text Text)> AllStrings() =>
        Classes.SelectMany(c => c.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Text))
            .Select(f => (c.Name + "." + f.Name, (Text)f.GetValue(null)!)));

    [Fact]
    public void EveryTextExistsInBothLanguages()
    {
        Assert.True(Classes.Length >= 6, string.Join(", ", Classes.Select(c => c.Name)));
        Assert.All(AllStrings(), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text.Lv), $"{s.Name} has no Latvian");
            Assert.False(string.IsNullOrWhiteSpace(s.Text.En), $"{s.Name} has no English");
            Assert.True(s.Text.Lv != s.Text.En, $"{s.Name} is not translated");
        });
    }

    [Fact]
    public void BothLanguagesFillTheSamePlaceholders()
    {
        Assert.All(AllStrings(), s => Assert.Equal(Placeholders(s.Text.Lv), Placeholders(s.Text.En)));
    }

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{[0-9]+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("QnaText.Source", "Avots", "Source")]
    [InlineData("FeedbackText.WasThisHelpful", "Vai šī atbilde palīdzēja?", "Was this helpful?")]
    [InlineData("FeedbackText.Helpful", "Noderīga", "Helpful")]
    [InlineData("FeedbackText.NotHelpful", "Nenoderīga", "Not helpful")]
    [InlineData("QnaText.Escalate", "Nodot VARAM konsultācijai", "Escalate to a VARAM consultation")]
    [InlineData("QnaText.RelatedQuestions", "Saistītie jautājumi", "Related questions")]
    [InlineData("QnaText.Uncertain", "Nav droši zināms", "Uncertain")]
    public void KeyLabelsReadAsAgreed(string name, string lv, string en)
    {
        var text = AllStrings().Single(s => s.Name == name).Text;

        Assert.Equal((lv, en), (text.Lv, text.En));
    }

    [Fact]
    public void LatvianSentencesKeepTheirDiacritics()
    {
        // Sentences without any of these letters are a sign of text typed on an English keyboard.
        const string diacritics = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ";
        // Command lists ("mani pieteikumi vai my tickets") quote words to type, not sentences.
        // Two correct sentences that happen to need none.
        string[] plainLatin = ["ChecklistText.PickRoleTitle", "ChecklistText.NamePlaceholder"];
        var sentences = AllStrings().Where(s => s.Text.Lv.Split(' ').Length >= 4 && !plainLatin.Contains(s.Name) && !(s.Name.StartsWith("HelpText.HelpCommand", StringComparison.Ordinal) && !s.Name.EndsWith("Meaning", StringComparison.Ordinal)));

        Assert.All(sentences, s => Assert.True(s.Text.Lv.IndexOfAny(diacritics.ToCharArray()) >= 0, $"{s.Name}: {s.Text.Lv}"));
    }
}
