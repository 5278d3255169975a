using ChatAssistant.Bot.State;

namespace ChatAssistant.Bot.Tests.State;

/// <summary>The blob retention reads keys back from blob names: only a name <see cref="StorageKey.Escape"/> made is read as a key.</summary>
public sealed class StorageKeyTests
{
    [Theory]
    [InlineData("msteams/conversations/a:1_x-y")]
    [InlineData("msteams/users/29:1ābc😀")]
    [InlineData("escalation/consultation-channel")]
    [InlineData("~h")]
    public void AnEscapedKeyReadsBackAsItself(string key) =>
        Assert.Equal(key, StorageKey.Unescape(StorageKey.Escape(key)));

    [Fact]
    public void AHashedNameHasNoKeyToReadBack()
    {
        var name = StorageKey.Escape("msteams/conversations/" + new string('x', 2000));
        Assert.True(StorageKey.IsHashed(name));
        Assert.Null(StorageKey.Unescape(name));
    }

    [Theory]
    [InlineData("abc~")]
    [InlineData("abc~4")]
    [InlineData("abc~ZZdef")]
    public void ANameEscapeCannotHaveMadeHasNoKey(string name) => Assert.Null(StorageKey.Unescape(name));
}
