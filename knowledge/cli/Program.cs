using ChatAssistant.Knowledge.Cli;

// knowledge validate [content-folder]
// knowledge ask [--json] [--locale lv|en] [--content folder] [question ...]   (no question: one per line from stdin)
// knowledge eval <eval.yaml> [content-folder]
return args.FirstOrDefault() switch
{
    "validate" => ValidateCommand.Run(args[1..]),
    "ask" => AskCommand.Run(args[1..]),
    "eval" => EvalCommand.Run(args[1..]),
    _ => Usage.Print(),
};
