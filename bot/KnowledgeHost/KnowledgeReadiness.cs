namespace ChatAssistant.Bot.KnowledgeHost;

/// <summary>Set once the index is built; /healthz reports ready from then on.</summary>
public sealed class KnowledgeReadiness
{
    private volatile bool ready;
    public bool IsReady => ready;
    public void MarkReady() => ready = true;
}
