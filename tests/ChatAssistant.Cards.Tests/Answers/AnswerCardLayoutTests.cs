using ChatAssistant.Cards.Strings;

namespace ChatAssistant.Cards.Tests.Answers;

public class AnswerCardLayoutTests
{
    [Theory]
    [MemberData(nameof(SampleAnswers.Names), MemberType = typeof(SampleAnswers))]
    public void AnswerCardLeadsWithTitleThenDirectAnswer(string name)
    {
        var answer = SampleAnswers.All[name];

        var blocks = CardJson.TextBlocks(AnswerCardBuilder.Build(answer));

        Assert.Equal(answer.Title, (string?)blocks[0]["text"], StringComparer.OrdinalIgnoreCase);
        Assert.Equal("bolder", (string?)blocks[0]["weight"]);
        Assert.Equal("large", (string?)blocks[0]["size"]);
        Assert.Equal(answer.Direct, (string?)blocks[1]["text"]);
        Assert.All(blocks, block => Assert.True((bool?)block["wrap"], "long Latvian sentences must wrap, not clip"));
    }

    [Fact]
    public void LowerCaseGlossaryTitleIsCapitalisedAsAHeading()
    {
        var title = CardJson.Texts(AnswerCardBuilder.Build(SampleAnswers.ResponsibleEn))[0];

        Assert.Equal("Service manager (Pakalpojuma vadītājs)", title);
    }

    [Fact]
    public void FactsFollowTheDirectAnswerAsBulletsInOrder()
    {
        var answer = SampleAnswers.ResponsibleLv;

        var texts = CardJson.Texts(AnswerCardBuilder.Build(answer));

        Assert.Equal(answer.Facts.Select(f => "• " + f.Text), texts.Skip(2).Take(answer.Facts.Count));
    }

    [Fact]
    public void TentativeAnswerSaysItMayNotBeWhatWasAskedAndOffersEscalation()
    {
        var answer = SampleAnswers.ResponsibleEn with { Tentative = true, OfferEscalation = true };

        var card = AnswerCardBuilder.Build(answer);
        var texts = CardJson.Texts(card);

        Assert.Equal(QnaText.Tentative.En, texts[2]);
        Assert.Contains(QnaText.Escalate.En, card.ToJsonString());
        Assert.DoesNotContain(QnaText.Tentative.En, CardJson.Texts(AnswerCardBuilder.Build(SampleAnswers.ResponsibleEn)));
    }

    [Fact]
    public void UnclearFactIsMarkedUncertain()
    {
        var answer = SampleAnswers.StagesEn;
        var unclear = answer.Facts.Single(f => f.Unclear is not null);

        var blocks = CardJson.TextBlocks(AnswerCardBuilder.Build(answer));
        var factIndex = blocks.ToList().FindIndex(b => (string?)b["text"] == "• " + unclear.Text);
        var note = blocks[factIndex + 1];

        Assert.Equal("Uncertain: " + unclear.Unclear, (string?)note["text"]);
        Assert.Equal("warning", (string?)note["color"]);
    }

    [Fact]
    public void UnclearFactNoteUsesTheLatvianLabelInLatvianAnswers()
    {
        var answer = SampleAnswers.PppLv;

        var texts = CardJson.Texts(AnswerCardBuilder.Build(answer));

        Assert.Contains("Nav droši zināms: Saīsinājums „PPP” slaidā nav atšifrēts.", texts);
    }

    [Fact]
    public void ClearFactsCarryNoUncertaintyNote()
    {
        var card = AnswerCardBuilder.Build(SampleAnswers.ResponsibleLv);

        Assert.DoesNotContain(CardJson.TextBlocks(card), b => (string?)b["color"] == "warning");
    }

    [Fact]
    public void UncertainAnswerShowsItsUncertaintyAsAWarningBeforeTheSource()
    {
        var answer = SampleAnswers.UnreadableTaskLv;

        var blocks = CardJson.TextBlocks(AnswerCardBuilder.Build(answer)).ToList();
        var uncertainty = blocks.FindIndex(b => (string?)b["text"] == answer.Uncertainty);
        var source = blocks.FindIndex(b => ((string?)b["text"])!.StartsWith("Avots:", StringComparison.Ordinal));

        Assert.Equal("warning", (string?)blocks[uncertainty]["color"]);
        Assert.True(uncertainty > 1 && uncertainty < source);
    }

    [Theory]
    [InlineData(nameof(SampleAnswers.ResponsibleLv), "Avots: Uzdevuma kartīte PU2-6, 3. slaids")]
    [InlineData(nameof(SampleAnswers.ConsultEn), "Source: Task card PU2-6, slide 8")]
    public void CitationIsShownSubtlyAfterTheFacts(string name, string expected)
    {
        var answer = SampleAnswers.All[name];

        var blocks = CardJson.TextBlocks(AnswerCardBuilder.Build(answer)).ToList();
        var citation = blocks.FindIndex(b => (string?)b["text"] == expected);
        var lastFact = blocks.FindLastIndex(b => ((string?)b["text"])!.StartsWith("• ", StringComparison.Ordinal));

        Assert.True(citation > lastFact, $"citation at {citation}, last fact at {lastFact}");
        Assert.True((bool?)blocks[citation]["isSubtle"]);
    }

    [Theory]
    [InlineData(0.905, "high")]
    [InlineData(0.62, "medium")]
    [InlineData(0.552, "low")]
    public void ConfidenceIsShownAsABandNotAPercentage(double confidence, string band)
    {
        var answer = SampleAnswers.StagesEn with { Confidence = confidence };

        var texts = CardJson.Texts(AnswerCardBuilder.Build(answer));

        Assert.Contains("Confidence: " + band, texts);
        Assert.DoesNotContain(texts, t => t.Contains('%'));
    }

    [Fact]
    public void CardFillsTheTeamsWidth()
    {
        var card = AnswerCardBuilder.Build(SampleAnswers.ResponsibleLv);

        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
    }

    [Fact]
    public void EnglishAnswerCardHasNoLatvianFrame()
    {
        var texts = CardJson.Texts(AnswerCardBuilder.Build(SampleAnswers.StagesEn));
        var titles = CardJson.Actions(AnswerCardBuilder.Build(SampleAnswers.StagesEn)).Select(a => (string)a["title"]!);

        Assert.Contains("Was this helpful?", texts);
        Assert.Contains("Related questions", texts);
        Assert.Equal(["Levels, scales and roles", "Helpful", "Not helpful"], titles);
        Assert.DoesNotContain(texts, t => t.StartsWith("Avots", StringComparison.Ordinal) || t.StartsWith("Nav droši", StringComparison.Ordinal));
    }

    [Fact]
    public void AnswerWithoutFactsOrCitationStillBuilds()
    {
        var bare = SampleAnswers.ResponsibleLv with { Facts = [], Citation = null, FollowUps = [] };

        var texts = CardJson.Texts(AnswerCardBuilder.Build(bare));

        Assert.Equal([bare.Title, bare.Direct, "Vai šī atbilde palīdzēja?"], texts);
    }
}
