using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class AttackOrArmedClashByTheTargetTests : RuleTests<AttackOrArmedClashByTheTarget>
{
    [Fact]
    public void Without_a_strong_trigger_violence_against_villagers_is_an_attack() =>
        Changes(
            CodingCase.Report("JNIM fighters stormed a village and villagers fled.").Event(SubEventTypes.Attack, "stormed", strong: false).Agent("JNIM").Patient("villagers"),
            new(Jnim, Civilians, SubEventTypes.Attack, true));

    [Fact]
    public void Without_a_strong_trigger_violence_against_soldiers_is_an_armed_clash() =>
        Changes(
            CodingCase.Report("JNIM fighters stormed a post held by soldiers.").Event(SubEventTypes.Attack, "stormed", strong: false).Agent("JNIM").Patient("soldiers"),
            new(Jnim, Army, SubEventTypes.ArmedClash));
}
