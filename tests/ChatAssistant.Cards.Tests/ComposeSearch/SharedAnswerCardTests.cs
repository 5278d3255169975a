using ChatAssistant.Cards.ComposeSearch;
using ChatAssistant.Cards.Strings;
using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Cards.Tests.ComposeSearch;

/// <summary>The answer card one person inserts into a chat for everyone there: the answer and its source, and no buttons.</summary>
public class SharedAnswerCardTests
{
    [Theory]
    [MemberData(nameof(SampleAnswers.Names), MemberType = typeof(SampleAnswers))]
    public void ASharedAnswerHasNoButtonsAndNoQuestionToTheReader(string name)
    {
        var card = SharedAnswerCardBuilder.Build(SampleAnswers.All[name]);

        Assert.Empty(CardJson.Actions(card));
        Assert.DoesNotContain(FeedbackText.WasThisHelpful.In(SampleAnswers.All[name].Language), CardJson.Texts(card));
    }

    public static TheoryData<string> AnsweredNames() =>
        [.. SampleAnswers.All.Where(a => a.Value.Status is AnswerStatus.Answered or AnswerStatus.Consult).Select(a => a.Key)];

    [Theory]
    [MemberData(nameof(AnsweredNames))]
    public void AnAnswerFromTheCardsKeepsTheChatCardsTextAndCitation(string name)
    {
        var answer = SampleAnswers.All[name];

        var shared = CardJson.Texts(SharedAnswerCardBuilder.Build(answer));
        var chat = CardJson.Texts(AnswerCardBuilder.Build(answer));

        // Everything the chat card says about the answer, in the same order; only what introduces its buttons is left out.
        string[] buttonsOnly = [FeedbackText.WasThisHelpful.In(answer.Language), QnaText.RelatedQuestions.In(answer.Language)];
        Assert.Equal(chat.Where(t => !buttonsOnly.Contains(t)), shared.SkipLast(1));
        Assert.Contains(shared, t => t == $"{QnaText.Source.In(answer.Language)}: {answer.Citation}");
        Assert.Equal(ComposeSearchText.SharedFrom.In(answer.Language), shared[^1]);
    }

    [Theory]
    [InlineData(Language.Lv)]
    [InlineData(Language.En)]
    public void AnUnansweredQuestionSaysTheCardDoesNotAnswerItAndHowToAskVaram(Language language)
    {
        var card = SharedAnswerCardBuilder.Build(language == Language.Lv ? SampleAnswers.UnknownLv : SampleAnswers.UnknownEn);

        Assert.Equal([ComposeSearchText.NotAnsweredTitle.In(language), ComposeSearchText.NotAnswered.In(language)], CardJson.Texts(card));
        Assert.Contains(language == Language.Lv ? "eskalēt" : "escalate", ComposeSearchText.NotAnswered.In(language), StringComparison.Ordinal);
    }

    [Fact]
    public void TheQuestionShownBackIsTextCutToItsLimit()
    {
        var question = "[Atvērt](https://evil.example) " + new string('ā', 5000);

        var card = SharedAnswerCardBuilder.NotAnswered(question, Language.Lv);

        Assert.All(CardJson.Texts(card), t => Assert.DoesNotContain("evil.example", t, StringComparison.Ordinal));
        var run = (string)card["body"]![1]!["inlines"]!.AsArray()[^1]!["text"]!; // a TextRun renders no markdown
        Assert.StartsWith("[Atvērt](https://evil.example) āāā", run, StringComparison.Ordinal);
        Assert.EndsWith("…", run, StringComparison.Ordinal);
        Assert.InRange(run.Length, 2, SharedAnswerCardBuilder.MaxQuestionChars + 1);
    }
}
