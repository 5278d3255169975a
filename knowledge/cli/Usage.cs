namespace ChatAssistant.Knowledge.Cli;

internal static class Usage
{
    public static int Print()
    {
        Console.Error.WriteLine("""
            usage:
              knowledge validate [content-folder]
                  Checks every content file and prints every error at once. Exit code 1 if any.
              knowledge ask [--json] [--locale lv|en] [--content folder] [question ...]
                  Answers the questions given, or one per line from standard input, and prints the ranked hits.
              knowledge eval <eval.yaml> [content-folder]
                  Runs an evaluation set: top-1 accuracy and MRR per language and category, then every miss.
            """);
        return 2;
    }
}
