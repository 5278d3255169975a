using ChatAssistant.Knowledge.Search;
using Lucene.Net.Analysis;

namespace ChatAssistant.Knowledge.Tests.Search;

public class LatvianAnalysisTests
{
    private static List<string> Terms(Analyzer analyzer, string text) => TermAnalysis.Terms(analyzer, "f", text);

    [Theory]
    [InlineData("pārvaldības normatīvos aktus", "parvaldibas normativos aktus")]
    [InlineData("Pakalpojuma vadītājam", "pakalpojuma vaditajam")]
    [InlineData("izstrādā jaunus speciālos aktus", "izstrada jaunus specialos aktus")]
    public void TextTypedWithoutDiacriticsGivesTheSameTerms(string withDiacritics, string without)
    {
        using var analyzer = new LatvianFoldingAnalyzer();
        Assert.Equal(Terms(analyzer, withDiacritics), Terms(analyzer, without));
    }

    [Fact]
    public void AgentNounsShareOneStemInEveryCase()
    {
        using var analyzer = new LatvianFoldingAnalyzer();
        string[] forms = ["vadītājs", "vadītāja", "vadītājam", "vadītājiem"];
        var stems = forms.Select(w => Terms(analyzer, w).Single()).Distinct();
        Assert.Equal(["vaditaj"], stems);
    }

    [Fact]
    public void AFemaleOwnerIsTheSameOwner()
    {
        using var analyzer = new LatvianFoldingAnalyzer();
        string[] forms = ["saimnieks", "saimniekam", "saimniece", "saimnieces", "saimniecei"];
        var stems = forms.Select(w => Terms(analyzer, w).Single()).Distinct();
        Assert.Equal(["saimniek"], stems);
    }

    [Fact]
    public void QuestionWordsAreStopwords()
    {
        using var analyzer = new LatvianFoldingAnalyzer();
        Assert.Equal(["akt"], Terms(analyzer, "kas kam kāds ir akts"));
    }

    [Fact]
    public void NameFieldKeepsPortfolioAndSingleServiceApart()
    {
        using var stemmed = new LatvianFoldingAnalyzer();
        using var names = new NameAnalyzer();
        // The stemmer merges them, which is why names are indexed unstemmed as well.
        Assert.Equal(Terms(stemmed, "pakalpojumu"), Terms(stemmed, "pakalpojuma"));
        Assert.NotEqual(Terms(names, "Pakalpojumu kopuma"), Terms(names, "pakalpojuma"));
        Assert.Equal(["pakalpojumu", "kopuma", "vaditajs"], Terms(names, "Pakalpojumu kopuma vadītājs"));
    }

    [Fact]
    public void EnglishQuestionKeepsOnlyTheTopicWords()
    {
        using var analyzer = new EnglishQuestionAnalyzer();
        Assert.Equal(["respons", "draft", "servic", "specif", "act"], Terms(analyzer, "who is responsible for drafting a service-specific act?"));
    }
}
