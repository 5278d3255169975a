using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;
using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Tests.Search;

public sealed class IntentMatcherTests : IDisposable
{
    private readonly TermAnalysis analysis = new();

    private IntentMatcher Matcher(params (string Intent, string Message)[] examples) =>
        new(new IntentExamples(examples.Select((e, i) => new IntentExample(e.Intent, [e.Message], i + 1)).ToList()),
            ["Kas izstrādā speciālos normatīvos aktus?", "Soļi pirms pakalpojuma izveides"],
            ["pakalpojuma vadītājs", "service owner"], analysis);

    [Theory]
    [InlineData("man vajadzētu sarakstu ar soļiem, ko atzīmēt")] // other case forms of the example's words
    [InlineData("vajag atzimejamu solu sarakstu")]                // no diacritics, other endings
    [InlineData("lūdzu sarakstu ar soļiem pakalpojuma vadītājam")] // the role's words say whose, not what
    public void AMessageTakesTheIntentOfTheExampleItIsLike(string message)
    {
        var matcher = Matcher(("checklist", "iedod sarakstu ar soļiem, ko atzīmēt"), ("checklist", "lūdzu man kontrolsarakstu"),
            ("escalate", "nodod jautājumu VARAM konsultantam"));

        Assert.Equal(IntentKind.Checklist, matcher.Match(message));
    }

    [Fact]
    public void AQuestionThatSharesARequestsWordsStaysAQuestion()
    {
        var matcher = Matcher(("checklist", "iedod sarakstu ar soļiem"), ("question", "kādi soļi jāveic pirms pakalpojuma izveides?"));

        Assert.Null(matcher.Match("kādi soļi jāveic pirms izveides?"));
        Assert.Equal(IntentKind.Checklist, matcher.Match("iedod man to sarakstu ar soļiem"));
    }

    [Fact]
    public void OneSharedWordIsNotEnough()
    {
        var matcher = Matcher(("escalate", "forward this to the ministry"));

        var (intent, similarity, _) = matcher.Nearest("which ministry?");

        Assert.Null(intent);
        Assert.Equal(0, similarity);
        Assert.Null(matcher.Match("which ministry?"));
    }

    [Fact]
    public void AQuestionFullOfTheCardsWordsIsNotLikeAShortRequest()
    {
        var matcher = Matcher(("escalate", "pass this to a consultant"));

        Assert.Equal(IntentKind.Escalate, matcher.Match("please pass this to a consultant"));
        Assert.Null(matcher.Match("does the consultant pass the special regulatory acts drafted for services to the ministry for approval before adoption?"));
    }

    [Fact]
    public void RoleNamesAloneNeverMakeAMessageLikeAnExample()
    {
        var matcher = Matcher(("checklist", "checklist for the service owner"));

        Assert.Null(matcher.Match("what does the service owner do?"));
    }

    [Fact]
    public void WithNoRequestExamplesTheMatcherIsEmptyAndMatchesNothing()
    {
        var matcher = Matcher(("question", "kas izstrādā aktus?"));

        Assert.True(matcher.IsEmpty);
        Assert.Null(matcher.Match("kas izstrādā aktus?"));
    }

    public void Dispose() => analysis.Dispose();
}
