using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class AttributiveActsTests : RoleRuleTests<AttributiveActs>
{
    [Fact]
    public void A_country_named_in_the_strike_after_the_dead_carried_it_out() =>
        Decides("Local officials said three civilians were killed in a Turkish drone strike near Qamishli on Tuesday.", "Turkish", Role.MarkedAgent);

    [Fact]
    public void A_strike_named_with_its_country_outranks_the_subject() =>
        Decides("Rescuers from the Red Crescent reached Gao after Israeli airstrikes hit the town on Sunday.", "Israeli", Role.MarkedAgent);

    [Fact]
    public void An_actor_named_apart_from_the_act_is_left_to_the_next_rule() =>
        Leaves("JNIM attacked soldiers near Kidal on Sunday.", "soldiers", Role.Patient);

    [Fact]
    public void Protesters_named_by_a_word_of_their_own_protest_are_left_to_the_next_rule() =>
        Leaves("Police fired tear gas at protesters in Bamako on Sunday.", "protesters", Role.Patient);
}
