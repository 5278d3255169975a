using ChatAssistant.Knowledge.Answers;
using ChatAssistant.Knowledge.Loading;
using ChatAssistant.Knowledge.Model;
using ChatAssistant.Knowledge.Search;

namespace ChatAssistant.Knowledge.Tests;

/// <summary>The shipped content, loaded and indexed once for the tests that read it.</summary>
public sealed class RealKnowledge : IDisposable
{
    public KnowledgeBase Knowledge { get; } = KnowledgeLoader.Load(TestPaths.RealContent);
    public KnowledgeIndex Index { get; }
    public AnswerEngine Engine { get; }

    public RealKnowledge()
    {
        Index = new KnowledgeIndex(Knowledge);
        Engine = new AnswerEngine(Index);
    }

    public TaskCard Card => Knowledge.Card("PU2-6")!;

    public void Dispose() => Index.Dispose();
}
