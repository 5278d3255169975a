using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Loading;

/// <summary>Reads one task card file, checking every reference against the glossary and the catalogue.</summary>
internal sealed class TaskCardReader(Glossary glossary, Catalogue catalogue)
{
    internal static readonly string[] DutyKinds = ["identify", "develop", "amend"];

    public TaskCard Read(YamlNode root, string file)
    {
        root.AllowOnly("id", "title", "slides", "levels", "stages", "roles", "related", "conditions", "phases", "legalActs", "sections");
        var id = root["id"].Reference(catalogue.Tasks.Select(t => t.Id).ToList(), "task (cards must be listed in catalogue.yaml)");
        var slides = root["slides"].RequiredInt();
        var slide = (YamlNode n) =>
        {
            var value = n.RequiredInt();
            if (value < 1 || value > slides) n.Error($"slide {value} is outside the card's 1..{slides}");
            return value;
        };

        return new TaskCard(
            id,
            root["title"].RequiredText(),
            slides,
            ReadLevels(root["levels"], slide),
            ReadStages(root["stages"], slide),
            ReadRoles(root["roles"], slide),
            ReadRelated(root["related"], slide),
            ReadConditions(root["conditions"], slide),
            ReadPhases(root["phases"], slide),
            ReadLegalActs(root["legalActs"], slide),
            ReadSections(root["sections"], slide),
            file);
    }

    private LevelsPart ReadLevels(YamlNode n, Func<YamlNode, int> slide)
    {
        n.AllowOnly("slide", "summary", "rows", "unclear");
        var rows = n["rows"].List(r =>
        {
            r.AllowOnly("level", "scale", "role", "marker");
            var marker = r["marker"].OptionalString();
            if (marker is not null and not "A" and not "L") r["marker"].Error($"marker must be A (atbildīgā) or L (līdzatbildīgā), found '{marker}'");
            return new LevelRow(
                r["level"].Reference(Ids(glossary.Levels), "level"),
                r["scale"].Reference(Ids(glossary.Scales), "scale"),
                r["role"].Reference(RoleIds, "role"),
                marker);
        });
        return new LevelsPart(slide(n["slide"]), n["summary"].RequiredText(), rows, n["unclear"].OptionalText());
    }

    private StagesPart ReadStages(YamlNode n, Func<YamlNode, int> slide)
    {
        n.AllowOnly("slide", "summary", "items", "unclear");
        var items = n["items"].List(i =>
        {
            i.AllowOnly("stage", "unclear");
            return new StageItem(i["stage"].Reference(Ids(glossary.Stages), "stage"), i["unclear"].OptionalText());
        });
        return new StagesPart(slide(n["slide"]), n["summary"].RequiredText(), items, n["unclear"].OptionalText());
    }

    private IReadOnlyList<RoleDuties> ReadRoles(YamlNode list, Func<YamlNode, int> slide)
    {
        var roles = list.List(n =>
        {
            n.AllowOnly("role", "slide", "definition", "duties");
            var dutiesNode = n["duties"];
            var duties = dutiesNode.List(d =>
            {
                d.AllowOnly("id", "kind", "phase", "text");
                return new Duty(
                    d["id"].RequiredString(),
                    d["kind"].Reference(DutyKinds, "duty kind"),
                    d["phase"].Reference(Ids(glossary.Phases), "phase"),
                    d["text"].RequiredText());
            });
            dutiesNode.RequireUniqueIds(duties, d => d.Id);
            return new RoleDuties(n["role"].Reference(RoleIds, "role"), slide(n["slide"]), n["definition"].RequiredText(), duties);
        });
        list.RequireUniqueIds(roles, r => r.Role, "role");
        return roles;
    }

    private static RelatedPart ReadRelated(YamlNode n, Func<YamlNode, int> slide)
    {
        n.AllowOnly("slide", "summary", "unclear");
        return new RelatedPart(slide(n["slide"]), n["summary"].RequiredText(), n["unclear"].OptionalText());
    }

    private ConditionsPart ReadConditions(YamlNode n, Func<YamlNode, int> slide)
    {
        n.AllowOnly("slide", "summary", "items", "note");
        var items = n["items"].List(i => i.Reference(glossary.Conditions.Select(c => c.Id).ToList(), "condition"));
        return new ConditionsPart(slide(n["slide"]), n["summary"].RequiredText(), items, n["note"].RequiredText());
    }

    private IReadOnlyList<Phase> ReadPhases(YamlNode list, Func<YamlNode, int> slide)
    {
        var phases = list.List(n =>
        {
            n.AllowOnly("phase", "slide", "summary", "steps");
            var stepsNode = n["steps"];
            var steps = stepsNode.List(ReadItem);
            stepsNode.RequireUniqueIds(steps, s => s.Id);
            return new Phase(n["phase"].Reference(Ids(glossary.Phases), "phase"), slide(n["slide"]), n["summary"].RequiredText(), steps);
        });
        list.RequireUniqueIds(phases, p => p.Id, "phase");
        return phases;
    }

    private LegalActsPart ReadLegalActs(YamlNode n, Func<YamlNode, int> slide)
    {
        n.AllowOnly("slide", "summary", "acts");
        var acts = n["acts"].List(a => a.Reference(glossary.LegalActs.Select(l => l.Id).ToList(), "legal act"));
        return new LegalActsPart(slide(n["slide"]), n["summary"].RequiredText(), acts);
    }

    private static IReadOnlyList<Section> ReadSections(YamlNode list, Func<YamlNode, int> slide)
    {
        var topics = Enum.GetNames<Topic>().Select(ToCamel).ToList();
        var sections = list.List(n =>
        {
            n.AllowOnly("id", "topic", "slide", "title", "summary", "items", "unclear");
            var topic = n["topic"].Reference(topics, "topic");
            var itemsNode = n["items"];
            var items = itemsNode.List(ReadItem);
            itemsNode.RequireUniqueIds(items, i => i.Id);
            return new Section(
                n["id"].RequiredString(),
                Enum.TryParse<Topic>(topic, ignoreCase: true, out var parsed) ? parsed : Topic.Guidance,
                slide(n["slide"]),
                n["title"].RequiredText(),
                n["summary"].RequiredText(),
                items,
                n["unclear"].OptionalText());
        });
        list.RequireUniqueIds(sections, s => s.Id);
        return sections;
    }

    private static Item ReadItem(YamlNode n)
    {
        n.AllowOnly("id", "text", "unclear");
        return new Item(n["id"].RequiredString(), n["text"].RequiredText(), n["unclear"].OptionalText());
    }

    private List<string> RoleIds => Ids(glossary.Roles.Select(r => r.Id));
    private static List<string> Ids(IEnumerable<Term> terms) => terms.Select(t => t.Id).ToList();
    private static List<string> Ids(IEnumerable<string> ids) => ids.ToList();
    private static string ToCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
