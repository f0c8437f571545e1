using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class TheLeadsSuffererIsNotItsAttackerTests : RuleTests<TheLeadsSuffererIsNotItsAttacker>
{
    [Fact]
    public void Soldiers_killed_in_the_lead_stay_its_target_when_a_later_sentence_has_the_army_act() =>
        Changes(
            CodingCase.Report("Nine soldiers died in an ambush near the border. The army later sent reinforcements.")
                .Event(SubEventTypes.ArmedClash, "ambush").Patient("soldiers").Claim(9, "Nine soldiers died", "state")
                .Event(SubEventTypes.ArmedClash, "sent reinforcements", strong: false).Agent("The army"),
            new(Unidentified, Army, SubEventTypes.ArmedClash));

    [Fact]
    public void A_named_group_acting_in_a_later_sentence_is_still_the_attacker() =>
        Keeps(
            CodingCase.Report("Nine soldiers died in an ambush near the border. JNIM fighters then withdrew.")
                .Event(SubEventTypes.ArmedClash, "ambush").Patient("soldiers").Claim(9, "Nine soldiers died", "state")
                .Event(SubEventTypes.ArmedClash, "withdrew", strong: false).Agent("JNIM"),
            new(Jnim, Army, SubEventTypes.ArmedClash));

    [Fact]
    public void An_army_the_lead_names_as_the_attacker_stays_actor1() =>
        Keeps(
            CodingCase.Report("Soldiers stormed a JNIM camp and two of them died. The army later sent reinforcements.")
                .Event(SubEventTypes.ArmedClash, "stormed").Agent("Soldiers").Patient("JNIM").Claim(2, "two of them died", "state")
                .Event(SubEventTypes.ArmedClash, "sent reinforcements", strong: false).Agent("The army"),
            new(Army, Jnim, SubEventTypes.ArmedClash));
}
