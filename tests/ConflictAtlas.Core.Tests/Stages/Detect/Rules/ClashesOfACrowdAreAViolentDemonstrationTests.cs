using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

public sealed class ClashesOfACrowdAreAViolentDemonstrationTests : RuleTests<ClashesOfACrowdAreAViolentDemonstration>
{
    [Fact]
    public void Clashes_in_a_report_of_demonstrations_are_rioters_against_the_police() =>
        Changes(
            CodingCase.Report("Thousands of protesters marched on parliament. Clashes broke out near the square on Sunday evening.")
                .Event(SubEventTypes.ArmedClash, "Clashes").OnDay("Sunday"),
            new(Rioters, Police, SubEventTypes.ViolentDemonstration));

    [Fact]
    public void Clashes_with_soldiers_named_are_rioters_against_the_army() =>
        Changes(
            CodingCase.Report("Protesters and soldiers clashed near the square on Sunday evening.")
                .Event(SubEventTypes.ArmedClash, "clashed").OnDay("Sunday").Agent("Protesters").Agent("soldiers"),
            new(Rioters, Army, SubEventTypes.ViolentDemonstration));

    [Fact]
    public void Clashes_told_with_barricades_and_burning_tyres_are_a_riot_though_no_crowd_is_named() =>
        Changes(
            CodingCase.Report("Clashes went on in the outer districts on Sunday night, where groups of youths set up barricades and burned tyres.")
                .Event(SubEventTypes.ArmedClash, "Clashes").OnDay("Sunday").RiotSigns(),
            new(Rioters, Police, SubEventTypes.ViolentDemonstration));

    [Fact]
    public void Clashes_on_a_weekday_the_page_pins_only_to_a_month_are_told_with_their_own_day() =>
        Changes(
            CodingCase.Report("The marchers tried to reach the airport. Clashes near the runway left nine dead on Monday.")
                .Event(SubEventTypes.ArmedClash, "Clashes").OnUnpinnedDay("Monday"),
            new(Rioters, Police, SubEventTypes.ViolentDemonstration));

    [Fact]
    public void Clashes_with_an_armed_group_stay_a_battle_even_among_demonstrations() =>
        Keeps(
            CodingCase.Report("Soldiers clashed with JNIM fighters near the town on Sunday. Protesters later marched in the capital.")
                .Event(SubEventTypes.ArmedClash, "clashed").OnDay("Sunday").Agent("Soldiers").Patient("JNIM"),
            new(Army, Jnim, SubEventTypes.ArmedClash));

    [Fact]
    public void Clashes_in_a_report_without_crowds_stay_a_battle() =>
        Keeps(
            CodingCase.Report("Clashes broke out near the square on Sunday evening.").Event(SubEventTypes.ArmedClash, "Clashes").OnDay("Sunday"),
            new(null, null, SubEventTypes.ArmedClash));

    [Fact]
    public void An_undated_headline_of_clashes_is_left_to_the_event_it_sums_up() =>
        Keeps(
            CodingCase.Report("Clashes with police at the university. Protesters blocked the main road on Monday.")
                .Event(SubEventTypes.ArmedClash, "Clashes").Patient("police"),
            new(Police, null, SubEventTypes.ArmedClash));

    [Fact]
    public void Undated_clashes_that_would_set_the_police_against_the_army_are_the_crowd_s_fight() =>
        Changes(
            CodingCase.Report("Four demonstrators dead in clashes with police and soldiers near the fuel depot.")
                .Event(SubEventTypes.ArmedClash, "clashes").Patient("police").Patient("soldiers"),
            new(Rioters, Police, SubEventTypes.ViolentDemonstration));
}
