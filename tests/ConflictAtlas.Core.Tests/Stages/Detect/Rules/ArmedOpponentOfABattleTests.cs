using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ArmedOpponentOfABattleTests : RuleTests<ArmedOpponentOfABattle>
{
    [Fact]
    public void A_clash_with_no_named_opponent_is_with_the_group_the_report_names() =>
        Changes(
            CodingCase.Report("Soldiers clashed near the town, JNIM said.").Event(SubEventTypes.ArmedClash, "clashed").Agent("Soldiers"),
            new(Army, Jnim, SubEventTypes.ArmedClash));

    [Fact]
    public void A_group_s_clash_with_no_opponent_named_is_with_the_army_the_report_names_elsewhere() =>
        Changes(
            CodingCase.Report("JNIM fighters clashed near the town for hours. Soldiers later combed the area.").Event(SubEventTypes.ArmedClash, "clashed").Agent("JNIM"),
            new(Jnim, Army, SubEventTypes.ArmedClash));

    [Fact]
    public void A_group_s_clash_in_a_report_that_names_no_army_keeps_no_second_side() =>
        Keeps(
            CodingCase.Report("JNIM fighters clashed near the town for hours.").Event(SubEventTypes.ArmedClash, "clashed").Agent("JNIM"),
            new(Jnim, null, SubEventTypes.ArmedClash));

    [Fact]
    public void A_named_opponent_stays() =>
        Keeps(
            CodingCase.Report("Soldiers clashed with Dan Na Ambassagou. JNIM was not involved.").Event(SubEventTypes.ArmedClash, "clashed").Agent("Soldiers").Patient("Dan Na Ambassagou"),
            new(Army, DanNaAmbassagou, SubEventTypes.ArmedClash));

    [Fact]
    public void The_civilians_a_state_air_strike_killed_stay_its_target_whatever_group_the_report_names() =>
        Keeps(
            CodingCase.Report("A drone strike by the army killed twelve villagers near the town. JNIM is active in the region.")
                .Event(SubEventTypes.AirDroneStrike, "drone strike").Agent("the army", marked: true).Patient("villagers"),
            new(Army, Civilians, SubEventTypes.AirDroneStrike, CivilianTargeting: true));

    [Fact]
    public void A_government_named_as_a_clash_target_gives_way_to_the_armed_group_the_report_names() =>
        Changes(
            CodingCase.Report("Dan Na Ambassagou fighters clashed with units loyal to the Malian government near the town. JNIM later said it had taken part.")
                .Event(SubEventTypes.ArmedClash, "clashed").Agent("Dan Na Ambassagou").Patient("Malian government"),
            new(DanNaAmbassagou, Jnim, SubEventTypes.ArmedClash));

    [Fact]
    public void A_government_named_as_a_clash_target_gives_way_to_the_armed_patient() =>
        Changes(
            CodingCase.Report("JNIM clashed with units loyal to the Malian government and with the army near the town.")
                .Event(SubEventTypes.ArmedClash, "clashed").Agent("JNIM").Patient("Malian government").Patient("the army"),
            new(Jnim, Army, SubEventTypes.ArmedClash));
}
