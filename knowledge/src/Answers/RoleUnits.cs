using ChatAssistant.Knowledge.Model;
using static ChatAssistant.Knowledge.Answers.Phrases;

namespace ChatAssistant.Knowledge.Answers;

/// <summary>Answer units for the role holders of a card: one per role (its duties) and one per duty (who does it).</summary>
internal static class RoleUnits
{
    public static IEnumerable<AnswerUnit> Build(TaskCard card, Glossary glossary)
    {
        foreach (var duties in card.Roles)
        {
            var role = glossary.Role(duties.Role);
            var source = new Source(card.Id, duties.Slide);
            var holder = Official(role.Holder);
            var names = RoleNames(role);
            var partner = Partners(card, glossary, role).Select(p => p.Role).FirstOrDefault();

            yield return new AnswerUnit(
                UnitIds.Role(card.Id, role.Id),
                Topic.RoleDuties,
                source,
                holder,
                Format(new Text("{0} (loma: {1}): {2} {3}:", "{0}, in the role of {1}: {2} {3}:"), holder, Official(role.Name), Map(duties.Definition, LowerFirst), Duties),
                duties.Duties.Select(d => new Fact(d.Text)).Append(LevelScaleFact(glossary, role)).ToList(),
                null,
                new UnitEntities([role.Id], Scope: ScopeOf(role)),
                names,
                [UnitIds.Phase(card.Id, "before"), .. Optional(partner is null ? null : UnitIds.Role(card.Id, partner.Id)), UnitIds.Levels(card.Id)]);

            foreach (var duty in duties.Duties)
            {
                var complement = Partners(card, glossary, role)
                    .Select(p => (p.Role, Duty: p.Duties.Duties.FirstOrDefault(d => d.Kind == duty.Kind)))
                    .Where(p => p.Duty is not null)
                    .Select(p => DutySentence(p.Role, p.Duty!));
                yield return new AnswerUnit(
                    UnitIds.Duty(card.Id, role.Id, duty.Id),
                    Topic.Responsibility,
                    source,
                    holder,
                    Join(" ", complement.Prepend(DutySentence(role, duty))),
                    [new Fact(Format(new Text("{0} (loma: {1}): {2}", "{0}, in the role of {1}: {2}"), holder, Official(role.Name), Map(duties.Definition, LowerFirst))), LevelScaleFact(glossary, role)],
                    null,
                    new UnitEntities([role.Id], duty.Phase, DutyKind: duty.Kind, Scope: ScopeOf(role)),
                    names,
                    [UnitIds.Role(card.Id, role.Id), UnitIds.Phase(card.Id, duty.Phase), .. Optional(partner is null ? null : UnitIds.Role(card.Id, partner.Id))]);
            }
        }
    }

    /// <summary>"The service manager (Pakalpojuma vadītājs) drafts new special regulatory acts ..."</summary>
    public static Text DutySentence(Role role, Duty duty)
    {
        var holder = Official(role.Holder);
        return new Text(
            EndSentence($"{holder.Lv} {LowerFirst(duty.Text.Lv)}"),
            EndSentence($"The {holder.En} {LowerFirst(duty.Text.En)}"));
    }

    public static IReadOnlyList<string> RoleNames(Role role) =>
        [role.Name.Lv, role.Name.En, role.Holder.Lv, role.Holder.En, .. role.Aliases.Lv, .. role.Aliases.En];

    /// <summary>The portfolio role that coordinates this one, or the single roles this portfolio role coordinates.</summary>
    private static IEnumerable<(Role Role, RoleDuties Duties)> Partners(TaskCard card, Glossary glossary, Role role) =>
        card.Roles
            .Select(d => (Role: glossary.Role(d.Role), Duties: d))
            .Where(p => p.Role.Id == role.Portfolio || p.Role.Portfolio == role.Id);

    private static Fact LevelScaleFact(Glossary glossary, Role role) => new(Format(
        new Text("{0}: {1}, {2}.", "{0}: {1}, {2}."),
        LevelScale,
        Official(glossary.Levels.First(l => l.Id == role.Level).Name),
        Official(glossary.Scales.First(s => s.Id == role.Scale).Name)));

    private static string ScopeOf(Role role) => role.Portfolio is null ? "portfolio" : "single";

    private static IEnumerable<string> Optional(string? id) => id is null ? [] : [id];
}
