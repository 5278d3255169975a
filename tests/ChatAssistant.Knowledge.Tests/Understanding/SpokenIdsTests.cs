using ChatAssistant.Knowledge.Understanding;

namespace ChatAssistant.Knowledge.Tests.Understanding;

/// <summary>Task and condition IDs as a phone's dictation writes them, and words that only look like them.</summary>
public class SpokenIdsTests
{
    [Theory]
    [InlineData("kas ir pu divi septini", "kas ir pu2-7")]
    [InlineData("list the pu three tasks", "list the pu3 tasks")]
    [InlineData("what is pu two seventeen about", "what is pu2-17 about")]
    [InlineData("ko nozime en viens cetri", "ko nozime n1-4")]
    // "en" without two numbers is a word, and text without spoken IDs comes back as it was.
    [InlineData("en one more question", "en one more question")]
    [InlineData("kas ir pu2-7", "kas ir pu2-7")]
    [InlineData("pu divi", "pu2")]
    public void SpokenIdsBecomeIds(string folded, string expected) => Assert.Equal(expected, SpokenIds.Normalise(folded));
}
