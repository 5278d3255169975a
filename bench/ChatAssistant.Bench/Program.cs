using ChatAssistant.Bench;

// dotnet run -c Release --project bench/ChatAssistant.Bench -- [eval.yaml] [content-folder]
// Prints answer quality beside a plain BM25 baseline, in-process latency, index build time and memory.
args = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
var evalSet = args.Length > 0 ? args[0] : Path.Combine(RepositoryRoot.Find(), "tests", "ChatAssistant.Knowledge.Tests", "TestData", "eval.yaml");
var content = args.Length > 1 ? args[1] : null;
AnswerBenchmark.Run(evalSet, content);
