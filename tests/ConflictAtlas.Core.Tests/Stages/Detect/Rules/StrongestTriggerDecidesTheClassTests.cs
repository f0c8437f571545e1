using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class StrongestTriggerDecidesTheClassTests : RuleTests<StrongestTriggerDecidesTheClass>
{
    [Fact]
    public void Of_two_tactics_the_one_earlier_in_the_hierarchy_wins() =>
        Changes(
            CodingCase.Report("Soldiers shelled JNIM positions and bombed them from the air.")
                .Event(SubEventTypes.ShellingArtilleryMissileAttack, "shelled").Agent("Soldiers").Patient("JNIM")
                .Event(SubEventTypes.AirDroneStrike, "bombed them from the air"),
            new(Army, Jnim, SubEventTypes.AirDroneStrike));

    [Fact]
    public void Weak_triggers_leave_the_class_to_the_actors() =>
        Keeps(
            CodingCase.Report("Soldiers and JNIM fighters exchanged fire.").Event(SubEventTypes.ShellingArtilleryMissileAttack, "exchanged fire", strong: false).Agent("Soldiers").Patient("JNIM"),
            new(Army, Jnim, SubEventTypes.ArmedClash));
}
