using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class KillingsAreNotStrategicDevelopmentsTests : RuleTests<KillingsAreNotStrategicDevelopments>
{
    [Fact]
    public void Looting_that_kills_villagers_is_an_attack() =>
        Changes(
            CodingCase.Report("JNIM fighters looted a village, killing three villagers.").Event(SubEventTypes.LootingPropertyDestruction, "looted").Agent("JNIM").Patient("villagers").Claim(3, "killing three villagers"),
            new(Jnim, Civilians, SubEventTypes.Attack, true));

    [Fact]
    public void A_seizure_that_kills_fighters_is_an_armed_clash() =>
        Changes(
            CodingCase.Report("Soldiers seized JNIM weapons, killing three fighters.").Event(SubEventTypes.ChangeToGroupActivity, "seized").Agent("Soldiers").Patient("JNIM").Claim(3, "killing three fighters"),
            new(Army, Jnim, SubEventTypes.ArmedClash));

    [Fact]
    public void Disrupted_weapons_use_keeps_its_class_whatever_the_toll() =>
        Keeps(
            CodingCase.Report("Soldiers defused a bomb like the one that killed two people.").Event(SubEventTypes.DisruptedWeaponsUse, "defused").Agent("Soldiers").Claim(2, "killed two people"),
            new(Army, null, SubEventTypes.DisruptedWeaponsUse));
}
