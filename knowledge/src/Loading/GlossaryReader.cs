using ChatAssistant.Knowledge.Model;

namespace ChatAssistant.Knowledge.Loading;

internal static class GlossaryReader
{
    public static Glossary Read(YamlNode root)
    {
        root.AllowOnly("levels", "scales", "stages", "phases", "roles", "conditions", "legalActs");
        var levels = Terms(root["levels"]);
        var scales = Terms(root["scales"]);
        var stages = Terms(root["stages"]);
        var phases = Terms(root["phases"]);

        var rolesNode = root["roles"];
        var levelIds = levels.Select(l => l.Id).ToList();
        var scaleIds = scales.Select(s => s.Id).ToList();
        var roles = rolesNode.List(n =>
        {
            n.AllowOnly("id", "name", "holder", "level", "scale", "portfolio", "aliases");
            return new Role(
                n["id"].RequiredString(),
                n["name"].RequiredText(),
                n["holder"].RequiredText(),
                n["level"].Reference(levelIds, "level"),
                n["scale"].Reference(scaleIds, "scale"),
                n["portfolio"].OptionalString(),
                n["aliases"].Aliases());
        });
        rolesNode.RequireUniqueIds(roles, r => r.Id);
        var roleIds = roles.Select(r => r.Id).ToList();
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i].Portfolio is not null) rolesNode.ItemAt(i)["portfolio"].Reference(roleIds, "role");
        }

        var conditionsNode = root["conditions"];
        var conditions = conditionsNode.List(n =>
        {
            n.AllowOnly("id", "group", "name", "aliases");
            return new Condition(n["id"].RequiredString(), n["group"].RequiredText(), n["name"].RequiredText(), n["aliases"].Aliases());
        });
        conditionsNode.RequireUniqueIds(conditions, c => c.Id);

        var actsNode = root["legalActs"];
        var acts = actsNode.List(n =>
        {
            n.AllowOnly("id", "name", "aliases");
            return new LegalAct(n["id"].RequiredString(), n["name"].RequiredText(), n["aliases"].Aliases());
        });
        actsNode.RequireUniqueIds(acts, a => a.Id);

        return new Glossary(levels, scales, stages, phases, roles, conditions, acts);
    }

    private static IReadOnlyList<Term> Terms(YamlNode list)
    {
        var terms = list.List(n =>
        {
            n.AllowOnly("id", "name", "aliases");
            return new Term(n["id"].RequiredString(), n["name"].RequiredText(), n["aliases"].Aliases());
        });
        list.RequireUniqueIds(terms, t => t.Id);
        return terms;
    }
}
