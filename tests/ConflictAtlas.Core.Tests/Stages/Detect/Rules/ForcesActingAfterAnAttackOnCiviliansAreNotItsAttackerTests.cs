using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ForcesActingAfterAnAttackOnCiviliansAreNotItsAttackerTests : RuleTests<ForcesActingAfterAnAttackOnCiviliansAreNotItsAttacker>
{
    [Fact]
    public void Police_who_come_to_investigate_the_killing_of_farmers_are_not_its_attacker() =>
        Changes(
            CodingCase.Report("Four farmers were shot dead in their fields. The police went to the scene to investigate.")
                .Event(SubEventTypes.Attack, "shot dead").Patient("farmers")
                .Event(SubEventTypes.Attack, "went to the scene", strong: false).Agent("The police"),
            new(Unidentified, Civilians, SubEventTypes.Attack, true));

    [Fact]
    public void Soldiers_the_lead_names_as_shooting_the_farmers_stay_actor1() =>
        Keeps(
            CodingCase.Report("Soldiers shot four farmers dead in their fields. The police went to the scene to investigate.")
                .Event(SubEventTypes.Attack, "shot").Agent("Soldiers").Patient("farmers")
                .Event(SubEventTypes.Attack, "went to the scene", strong: false).Agent("The police"),
            new(Army, Civilians, SubEventTypes.Attack, true));

    [Fact]
    public void Troops_that_ambushed_militants_told_in_a_later_sentence_stay_actor1() =>
        Keeps(
            CodingCase.Report("Eight JNIM fighters were killed near the town. Troops had ambushed them at dawn.")
                .Event(SubEventTypes.ArmedClash, "killed").Patient("JNIM").Claim(8, "Eight JNIM fighters were killed", "armed")
                .Event(SubEventTypes.ArmedClash, "ambushed").Agent("Troops"),
            new(Army, Jnim, SubEventTypes.ArmedClash));
}
