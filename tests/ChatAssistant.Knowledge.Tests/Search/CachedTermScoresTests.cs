using ChatAssistant.Knowledge.Evaluation;

namespace ChatAssistant.Knowledge.Tests.Search;

/// <summary>
/// The search sums each term's Lucene BM25 scores, kept per term, instead of running a Lucene query per question. It
/// must give what Lucene's own OR query gives: the same units, the same scores, in the same order.
/// </summary>
public class CachedTermScoresTests(RealKnowledge real) : IClassFixture<RealKnowledge>
{
    [Theory]
    [InlineData("eval.yaml")]
    [InlineData("blind/tuning.yaml")]
    public void SummedTermScoresAreLucenesOwnScores(string file)
    {
        var snapshot = real.Index.Current;
        foreach (var question in EvalSetReader.Read(TestPaths.TestData(file)).Select(q => q.Question))
        {
            var ours = snapshot.Search(question, snapshot.Units.Count).Hits.Select(h => (h.Unit.Id, h.Score)).ToList();
            var lucene = snapshot.LuceneHits(question);
            Assert.True(ours.Count == lucene.Count, $"{question}: {ours.Count} hits, Lucene {lucene.Count}");
            for (var i = 0; i < ours.Count; i++)
            {
                Assert.True(Math.Abs(ours[i].Score - lucene[i].Score) <= 1e-4 * Math.Max(1, lucene[i].Score), $"{question}: score {ours[i].Score} against {lucene[i].Score}");
                // Units whose scores differ only in the last float digits may trade places; any others may not.
                if (ours[i].Id != lucene[i].UnitId)
                {
                    Assert.True(Math.Abs(lucene.Single(l => l.UnitId == ours[i].Id).Score - ours[i].Score) <= 1e-4 * Math.Max(1, ours[i].Score), $"{question}: {ours[i].Id} at {i}, Lucene has {lucene[i].UnitId}");
                }
            }
        }
    }
}
