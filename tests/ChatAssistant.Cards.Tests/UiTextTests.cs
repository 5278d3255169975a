using System.Reflection;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests;

public class UiTextTests
{
    private static IEnumerable<(string Name, Text Text)> AllStrings() =>
        typeof(UiText).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Text))
            .Select(f => (f.Name, (Text)f.GetValue(null)!));

    [Fact]
    public void UiStringsExistInBothLanguages()
    {
        Assert.NotEmpty(AllStrings());
        Assert.All(AllStrings(), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text.Lv), $"{s.Name} has no Latvian");
            Assert.False(string.IsNullOrWhiteSpace(s.Text.En), $"{s.Name} has no English");
            Assert.True(s.Text.Lv != s.Text.En, $"{s.Name} is not translated");
        });
    }

    [Theory]
    [InlineData(nameof(UiText.Source), "Avots", "Source")]
    [InlineData(nameof(UiText.WasThisHelpful), "Vai šī atbilde palīdzēja?", "Was this helpful?")]
    [InlineData(nameof(UiText.Helpful), "Noderīga", "Helpful")]
    [InlineData(nameof(UiText.NotHelpful), "Nenoderīga", "Not helpful")]
    [InlineData(nameof(UiText.Escalate), "Nodot VARAM konsultācijai", "Escalate to a VARAM consultation")]
    [InlineData(nameof(UiText.RelatedQuestions), "Saistītie jautājumi", "Related questions")]
    [InlineData(nameof(UiText.Uncertain), "Nav droši zināms", "Uncertain")]
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
        var sentences = AllStrings().Where(s => s.Text.Lv.Split(' ').Length >= 4 && !(s.Name.StartsWith("HelpCommand", StringComparison.Ordinal) && !s.Name.EndsWith("Meaning", StringComparison.Ordinal)));

        Assert.All(sentences, s => Assert.True(s.Text.Lv.IndexOfAny(diacritics.ToCharArray()) >= 0, $"{s.Name}: {s.Text.Lv}"));
    }
}
