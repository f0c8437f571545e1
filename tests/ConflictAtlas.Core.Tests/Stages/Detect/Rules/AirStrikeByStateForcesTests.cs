using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class AirStrikeByStateForcesTests : RuleTests<AirStrikeByStateForces>
{
    [Fact]
    public void An_unnamed_strike_is_flown_by_the_forces_the_report_names() =>
        Changes(
            CodingCase.Report("A drone strike killed twelve JNIM fighters, the army said.").Event(SubEventTypes.AirDroneStrike, "drone strike").Patient("JNIM"),
            new(Army, Jnim, SubEventTypes.AirDroneStrike));

    [Fact]
    public void A_strike_a_neighbouring_country_is_said_to_have_carried_out_is_flown_by_its_military() =>
        Changes(
            CodingCase.Report("Air strikes carried out by Niger killed nine villagers, the Malian army said.")
                .Event(SubEventTypes.AirDroneStrike, "Air strikes").AgentCountry("Niger", "Niger").Patient("villagers"),
            new("Military Forces of Niger (2023-)", "Civilians (Mali)", SubEventTypes.AirDroneStrike, CivilianTargeting: true));

    [Fact]
    public void A_strike_whose_operator_is_named_keeps_it() =>
        Keeps(
            CodingCase.Report("Soldiers carried out a drone strike on JNIM.").Event(SubEventTypes.AirDroneStrike, "drone strike").Agent("Soldiers").Patient("JNIM"),
            new(Army, Jnim, SubEventTypes.AirDroneStrike));
}
