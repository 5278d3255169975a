using ChatAssistant.Knowledge.Answers;

namespace ChatAssistant.Cards.Tests.Answers;

public class AnswerCardActionTests
{
    [Theory]
    [InlineData(nameof(SampleAnswers.UnknownEn), "Escalate to a VARAM consultation")]
    [InlineData(nameof(SampleAnswers.UnknownLv), "Nodot VARAM konsultācijai")]
    public void UnknownAnswerOffersEscalationAndNoCitation(string name, string escalateTitle)
    {
        var answer = SampleAnswers.All[name];

        var card = AnswerCardBuilder.Build(answer);
        var first = CardJson.Actions(card)[0];

        Assert.Equal(CardActions.EscalateStart, CardJson.ActionName(first));
        Assert.Equal(escalateTitle, (string?)first["title"]);
        Assert.Equal(answer.Question, (string?)first["data"]!["question"]);
        Assert.DoesNotContain(CardJson.Texts(card), t => t.StartsWith("Avots", StringComparison.Ordinal) || t.StartsWith("Source", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownAnswerNeverCitesEvenIfACitationSlipsThrough()
    {
        var answer = SampleAnswers.UnknownLv with { Citation = "Uzdevuma kartīte PU2-6, 3. slaids" };

        Assert.DoesNotContain(CardJson.Texts(AnswerCardBuilder.Build(answer)), t => t.Contains("slaids", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownAnswerCardIsTitledFromTheAnswer()
    {
        var texts = CardJson.Texts(AnswerCardBuilder.Build(SampleAnswers.UnknownEn));

        Assert.Equal("I don't know", texts[0]);
    }

    [Fact]
    public void ConsultAnswerOffersEscalationAfterItsSource()
    {
        var card = AnswerCardBuilder.Build(SampleAnswers.ConsultEn);
        var elements = CardJson.Elements(card).ToList();

        var source = elements.FindIndex(e => ((string?)e["text"])?.StartsWith("Source:", StringComparison.Ordinal) == true);
        var escalate = elements.FindIndex(e => CardJson.ActionName(e) == CardActions.EscalateStart);

        Assert.True(source >= 0 && escalate > source);
    }

    [Fact]
    public void AnsweredQuestionOffersEscalationOnlyWhenTheAnswerAsks()
    {
        var answered = SampleAnswers.ResponsibleLv;

        Assert.Empty(CardJson.ActionsNamed(AnswerCardBuilder.Build(answered), CardActions.EscalateStart));
        Assert.Single(CardJson.ActionsNamed(AnswerCardBuilder.Build(answered with { OfferEscalation = true }), CardActions.EscalateStart));
    }

    [Fact]
    public void FollowUpButtonsCarryUnitAndLabel()
    {
        var answer = SampleAnswers.ResponsibleLv;

        var followUps = CardJson.ActionsNamed(AnswerCardBuilder.Build(answer), CardActions.FollowUp);

        Assert.Equal(answer.FollowUps.Select(f => f.Label), followUps.Select(a => (string)a["title"]!));
        Assert.Equal(answer.FollowUps.Select(f => f.UnitId), followUps.Select(a => (string)a["data"]!["unit"]!));
        Assert.Equal(answer.FollowUps.Select(f => f.Label), followUps.Select(a => (string)a["data"]!["label"]!));
    }

    [Fact]
    public void AtMostThreeFollowUpsAreOffered()
    {
        var answer = SampleAnswers.PppLv with
        {
            FollowUps = [.. SampleAnswers.PppLv.FollowUps, new FollowUp("PU2-6:legal-acts", "Normatīvie akti")],
        };

        var followUps = CardJson.ActionsNamed(AnswerCardBuilder.Build(answer), CardActions.FollowUp);

        Assert.Equal(AnswerCardBuilder.MaxFollowUps, followUps.Count);
        Assert.DoesNotContain(followUps, a => (string?)a["data"]!["unit"] == "PU2-6:legal-acts");
    }

    [Fact]
    public void FollowUpsAreIntroducedAsRelatedQuestions()
    {
        var texts = CardJson.Texts(AnswerCardBuilder.Build(SampleAnswers.ResponsibleLv));

        Assert.Contains("Saistītie jautājumi", texts);
        Assert.DoesNotContain("Saistītie jautājumi", CardJson.Texts(AnswerCardBuilder.Build(SampleAnswers.UnknownLv)));
    }

    [Theory]
    [MemberData(nameof(SampleAnswers.Names), MemberType = typeof(SampleAnswers))]
    public void FeedbackButtonsCloseTheCardWithQuestionAndUnit(string name)
    {
        var answer = SampleAnswers.All[name];

        var actions = CardJson.Actions(AnswerCardBuilder.Build(answer));
        var helpful = actions[^2];
        var notHelpful = actions[^1];

        Assert.Equal(CardActions.Feedback, CardJson.ActionName(helpful));
        Assert.Equal(CardActions.Feedback, CardJson.ActionName(notHelpful));
        Assert.True((bool?)helpful["data"]!["helpful"]);
        Assert.False((bool?)notHelpful["data"]!["helpful"]);
        Assert.All([helpful, notHelpful], a =>
        {
            Assert.Equal(answer.Question, (string?)a["data"]!["question"]);
            Assert.Equal(answer.UnitId, (string?)a["data"]!["unit"]);
        });
    }

    [Fact]
    public void FeedbackOnUnknownAnswerKeepsAnExplicitNullUnit()
    {
        var feedback = CardJson.ActionsNamed(AnswerCardBuilder.Build(SampleAnswers.UnknownEn), CardActions.Feedback);

        Assert.All(feedback, a =>
        {
            Assert.True(a["data"]!.AsObject().ContainsKey("unit"));
            Assert.Null(a["data"]!["unit"]);
        });
    }

    [Theory]
    [InlineData(nameof(SampleAnswers.ResponsibleLv), "Noderīga", "Nenoderīga")]
    [InlineData(nameof(SampleAnswers.ConsultEn), "Helpful", "Not helpful")]
    public void FeedbackButtonsSpeakTheAnswerLanguage(string name, string helpful, string notHelpful)
    {
        var feedback = CardJson.ActionsNamed(AnswerCardBuilder.Build(SampleAnswers.All[name]), CardActions.Feedback);

        Assert.Equal([helpful, notHelpful], feedback.Select(a => (string)a["title"]!));
    }
}
