using ChatAssistant.Knowledge.Loading;

namespace ChatAssistant.Knowledge.Cli;

internal static class ValidateCommand
{
    public static int Run(string[] args)
    {
        var folder = ContentLocator.Resolve(args.FirstOrDefault());
        var (knowledge, errors) = KnowledgeLoader.Validate(folder);
        if (knowledge is null)
        {
            foreach (var error in errors) Console.Error.WriteLine(error);
            Console.Error.WriteLine($"{errors.Count} error(s) in {folder}");
            return 1;
        }

        var units = Answers.UnitBuilder.Build(knowledge);
        Console.WriteLine($"OK: {folder}");
        Console.WriteLine($"  {knowledge.Cards.Count} card(s): {string.Join(", ", knowledge.Cards.Select(c => c.Id))}");
        Console.WriteLine($"  {knowledge.Catalogue.Tasks.Count} catalogue tasks, {knowledge.Glossary.Roles.Count} roles, {units.Count} answer units");
        Console.WriteLine($"  {units.Count(u => u.IsUncertain)} answer units carry facts marked unclear");
        return 0;
    }
}
