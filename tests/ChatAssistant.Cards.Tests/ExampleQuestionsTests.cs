using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Cards.Tests;

public class ExampleQuestionsTests
{
    /// <summary>An example button that leads to "I don't know" would be the first thing a new user sees fail.</summary>
    [Fact]
    public void EveryExampleQuestionIsAnsweredFromTheShippedContent()
    {
        using var index = new KnowledgeIndex(KnowledgeLoader.Load(ContentLocator.Resolve(null)));
        var engine = new AnswerEngine(index);

        Assert.All(ExampleQuestions.All, example =>
        {
            var answer = engine.Ask(example.Question);
            Assert.True(answer.Status == AnswerStatus.Answered, $"{example.Question} → {answer.Status}");
            Assert.Equal(example.Language, answer.Language);
            Assert.NotNull(answer.Citation);
        });
    }
}
