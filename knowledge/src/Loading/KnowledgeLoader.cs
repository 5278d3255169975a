using ChatAssistant.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>
/// Loads and validates the content folder: <c>glossary.yaml</c>, <c>catalogue.yaml</c> and one file per card under
/// <c>cards/</c>. Either everything is valid, or <see cref="InvalidContentException"/> lists every error found.
/// </summary>
public static class KnowledgeLoader
{
    public const string GlossaryFile = "glossary.yaml";
    public const string CatalogueFile = "catalogue.yaml";
    public const string SynonymsFile = "synonyms.yaml";
    public const string QuestionsFile = "questions.yaml";
    public const string IntentsFile = "intents.yaml";
    public const string CardsFolder = "cards";

    public static KnowledgeBase Load(string contentFolder)
    {
        var result = Validate(contentFolder);
        if (result.Errors.Count > 0) throw new InvalidContentException(result.Errors);
        return result.Knowledge!;
    }

    /// <summary>Reads everything and collects all errors, without throwing. Used by the editors' validate command.</summary>
    public static (KnowledgeBase? Knowledge, IReadOnlyList<ContentError> Errors) Validate(string contentFolder)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(contentFolder))
        {
            errors.Add(new ContentError(contentFolder, 0, "", "the content folder does not exist"));
            return (null, errors);
        }

        var glossary = ReadFile(contentFolder, GlossaryFile, errors, GlossaryReader.Read);
        var catalogue = ReadFile(contentFolder, CatalogueFile, errors, CatalogueReader.Read);
        var synonyms = File.Exists(Path.Combine(contentFolder, SynonymsFile))
            ? ReadFile(contentFolder, SynonymsFile, errors, SynonymsReader.Read)
            : Synonyms.None;
        var phrasings = File.Exists(Path.Combine(contentFolder, QuestionsFile))
            ? ReadFile(contentFolder, QuestionsFile, errors, PhrasingsReader.Read)
            : Phrasings.None;
        var intents = File.Exists(Path.Combine(contentFolder, IntentsFile))
            ? ReadFile(contentFolder, IntentsFile, errors, IntentExamplesReader.Read)
            : IntentExamples.None;
        if (glossary is null || catalogue is null || synonyms is null || phrasings is null || intents is null) return (null, errors);

        var cards = new List<TaskCard>();
        var cardsFolder = Path.Combine(contentFolder, CardsFolder);
        var files = Directory.Exists(cardsFolder)
            ? Directory.GetFiles(cardsFolder, "*.yaml").Concat(Directory.GetFiles(cardsFolder, "*.yml")).Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0) errors.Add(new ContentError(cardsFolder, 0, "", "no task card files (*.yaml) found"));

        var reader = new TaskCardReader(glossary, catalogue);
        foreach (var file in files)
        {
            var relative = Path.Combine(CardsFolder, Path.GetFileName(file));
            var card = ReadFile(contentFolder, relative, errors, root => reader.Read(root, relative));
            if (card is null) continue;
            if (cards.Any(c => string.Equals(c.Id, card.Id, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new ContentError(relative, 1, "id", $"duplicate id '{card.Id}': another card file already holds this task"));
                continue;
            }
            cards.Add(card);
        }

        if (errors.Count > 0) return (null, errors);
        var knowledge = new KnowledgeBase(glossary, catalogue, cards, synonyms) { Phrasings = phrasings, Intents = intents };
        errors.AddRange(UnknownUnits(knowledge));
        return errors.Count > 0 ? (null, errors) : (knowledge, errors);
    }

    /// <summary>A phrasing must belong to an answer unit the content really has (ids as the unanswered report shows them).</summary>
    private static IEnumerable<ContentError> UnknownUnits(KnowledgeBase knowledge)
    {
        if (knowledge.Phrasings.Entries.Count == 0) yield break;
        var ids = Answers.UnitBuilder.Build(knowledge).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < knowledge.Phrasings.Entries.Count; i++)
        {
            var entry = knowledge.Phrasings.Entries[i];
            if (!ids.Contains(entry.Unit))
            {
                yield return new ContentError(QuestionsFile, entry.Line, $"questions[{i}].unit", $"unknown answer unit '{entry.Unit}' (see the unit ids in the unanswered-questions report or in 'ask --json')");
            }
        }
    }

    private static T? ReadFile<T>(string folder, string relative, List<ContentError> errors, Func<YamlNode, T> read)
        where T : class
    {
        var path = Path.Combine(folder, relative);
        if (!File.Exists(path))
        {
            errors.Add(new ContentError(relative, 0, "", "file is missing"));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            using var text = new StreamReader(path);
            stream.Load(text);
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(relative, (int)e.Start.Line, "", $"the file does not parse as YAML: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ContentError(relative, 0, "", $"the file cannot be read: {e.Message}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode)
        {
            errors.Add(new ContentError(relative, 1, "", "the file is empty or is not a mapping of fields"));
            return null;
        }

        var context = new YamlNode.Context(relative);
        var value = read(new YamlNode(context, stream.Documents[0].RootNode, "", 1));
        errors.AddRange(context.Errors);
        // A partly invalid file still yields its readable parts, so later files are checked against them too.
        return value;
    }
}
