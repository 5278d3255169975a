using Lucene.Net.Util;

namespace ChatAssistant.Knowledge.Search;

internal static class LuceneInfo
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
