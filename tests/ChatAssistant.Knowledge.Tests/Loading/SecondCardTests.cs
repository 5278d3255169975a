using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Tests.Loading;

/// <summary>Follows knowledge/README.md: drop a card file into content/cards, validate, and the assistant knows it.</summary>
public class SecondCardTests
{
    [Fact]
    public void ASecondCardFromTestDataIsPickedUp()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent, TestPaths.TestData("second-card"));

        var knowledge = KnowledgeLoader.Load(folder);

        Assert.Equal(["PU2-6", "PU2-7"], knowledge.Cards.Select(c => c.Id).Order());
        using var index = new KnowledgeIndex(knowledge);
        var answer = new AnswerEngine(index).Ask("Kas ir Pakalpojuma vadītāja pienākumi pakalpojumu aprakstu veidošanā?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("PU2-7:", answer.UnitId);
        Assert.Equal("Uzdevuma kartīte PU2-7, 3. slaids", answer.Citation);
    }

    [Fact]
    public void ACardForATaskMissingFromTheCatalogueIsRejected()
    {
        var folder = TestPaths.CopyContent(TestPaths.RealContent, TestPaths.TestData("second-card"));
        var card = Path.Combine(folder, "cards", "PU2-7.yaml");
        File.WriteAllText(card, File.ReadAllText(card).Replace("id: PU2-7", "id: PU2-99"));

        var (_, errors) = KnowledgeLoader.Validate(folder);

        Assert.Contains(errors, e => e.File.EndsWith("PU2-7.yaml", StringComparison.Ordinal) && e.Message.Contains("unknown task") && e.Message.Contains("'PU2-99'"));
    }
}
