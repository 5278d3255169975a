namespace ChatAssistant.Knowledge.Model;

/// <summary>Where a fact comes from: a task card and one of its slides. Answers cite it.</summary>
public sealed record Source(string Card, int Slide)
{
    public string Cite(Language language) =>
        language == Language.Lv ? $"Uzdevuma kartīte {Card}, {Slide}. slaids" : $"Task card {Card}, slide {Slide}";
}
