using ChatAssistant.Bench;

// dotnet run -c Release --project bench/ChatAssistant.Bench -- [eval.yaml] [content-folder]
//   Prints answer quality beside a plain BM25 baseline, in-process latency, index build time and memory.
// dotnet run -c Release --project bench/ChatAssistant.Bench -- --load [--workers 16] [--seconds 15] [--warmup 40] [--only echo|ours] [--text help]
//   HTTP load on our bot and on a bare SDK echo bot, both real Kestrel processes: turns/s, p50/p99, memory.
var options = args;
string[] valued = ["--workers", "--seconds", "--warmup", "--only", "--text"];
args = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !valued.Contains(options[i - 1]))).ToArray();
var evalSet = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot.Find(), "tests", "ChatAssistant.Knowledge.Tests", "TestData", "eval.yaml");
if (options.Contains("--load"))
{
    await LoadBenchmark.RunAsync(evalSet, options);
    return;
}
var content = args.Length > 1 ? args[1] : null;
AnswerBenchmark.Run(evalSet, content);
