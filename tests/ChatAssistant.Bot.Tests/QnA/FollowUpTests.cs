using ChatAssistant.Bot.Tests.Routing;

namespace ChatAssistant.Bot.Tests.QnA;

/// <summary>
/// Follow-ups in one conversation, through the real bot: a question with no subject of its own inherits the previous
/// answer's role, task or phase (kept in conversation state), and a question that names its own subject stands alone.
/// </summary>
public class FollowUpTests
{
    [Fact]
    public async Task AndChangesToExistingOnesKeepsTheCoordinatingRole() =>
        await new TestBot().Flow("en-US")
            .Send("who coordinates new acts for the institution's services?")
            .AssertReply(r => Assert.Contains("coordinates the development of new special regulatory acts for the institution's service management", TestActivities.Content(r)))
            .Send("and changes to existing ones?")
            .AssertReply(r => Assert.Contains("coordinates amendments and additions to the institution's existing special regulatory acts for service management", TestActivities.Content(r)))
            .StartTestAsync();

    [Fact]
    public async Task AndForResourcesMovesToTheMatchingResourceRole() =>
        await new TestBot().Flow("lv-LV")
            .Send("kas izstrādā jaunus aktus konkrētam pakalpojumam?")
            .AssertReply(r => Assert.Contains("Pakalpojuma vadītājs izstrādā", TestActivities.Content(r)))
            .Send("un resursiem?")
            .AssertReply(r => Assert.Contains("Resursa vadītājs izstrādā", TestActivities.Content(r)))
            .StartTestAsync();

    [Fact]
    public async Task APronounRefersToThePreviousTask() =>
        await new TestBot().Flow("lv-LV")
            .Send("kas ir PU2-7?")
            .AssertReply(r => Assert.Contains("Pakalpojumu aprakstu veidošana", TestActivities.Content(r)))
            .Send("kurā grupā tas ir?")
            .AssertReply(r =>
            {
                var content = TestActivities.Content(r);
                Assert.Contains("PU2-7", content);
                Assert.Contains("grupa PU2", content);
            })
            .StartTestAsync();

    [Fact]
    public async Task AShortChecklistRequestAfterARolesAnswerOpensThatRolesChecklist() =>
        await new TestBot().Flow("lv-LV")
            .Send("esmu resursa saimnieks, kas man jadara")
            .AssertReply(r => Assert.Contains("Resursa vadītājs", TestActivities.Content(r)))
            .Send("uztaisi checklist pls")
            .AssertReply(r =>
            {
                var content = TestActivities.Content(r);
                Assert.Contains("Kontrolsaraksts: Resursa vadītājs", content);
                Assert.Contains("Action.Execute", content);
            })
            .StartTestAsync();

    [Fact]
    public async Task AQuestionWithItsOwnSubjectStandsAlone() =>
        await new TestBot().Flow("en-US")
            .Send("who drafts new acts for a specific resource?")
            .AssertReply(r => Assert.Contains("resource manager", TestActivities.Content(r)))
            .Send("and what are the steps before creating the regulation?")
            .AssertReply(r =>
            {
                var content = TestActivities.Content(r);
                Assert.Contains("identify the specialised regulatory acts that are needed", content, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("resource manager", content);
            })
            .StartTestAsync();

    [Fact]
    public async Task SmallTalkBetweenKeepsTheContext() =>
        await new TestBot().Flow("en-US")
            .Send("who coordinates new acts for the institution's services?")
            .AssertReply(r => Assert.Contains("coordinates the development", TestActivities.Content(r)))
            .Send("thanks!")
            .AssertReply(r => Assert.Contains("You're welcome", TestActivities.Content(r)))
            .Send("and changes to existing ones?")
            .AssertReply(r => Assert.Contains("coordinates amendments", TestActivities.Content(r)))
            .StartTestAsync();
}
