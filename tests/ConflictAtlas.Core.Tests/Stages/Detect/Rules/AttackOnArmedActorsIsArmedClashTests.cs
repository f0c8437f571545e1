using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class AttackOnArmedActorsIsArmedClashTests : RuleTests<AttackOnArmedActorsIsArmedClash>
{
    [Fact]
    public void An_attack_on_soldiers_is_an_armed_clash() =>
        Changes(
            CodingCase.Report("JNIM fighters attacked soldiers.").Event(SubEventTypes.Attack, "attacked").Agent("JNIM").Patient("soldiers"),
            new(Jnim, Army, SubEventTypes.ArmedClash));

    [Fact]
    public void An_attack_on_villagers_stays_an_attack() =>
        Keeps(
            CodingCase.Report("JNIM fighters attacked villagers.").Event(SubEventTypes.Attack, "attacked").Agent("JNIM").Patient("villagers"),
            new(Jnim, Civilians, SubEventTypes.Attack, true));
}
