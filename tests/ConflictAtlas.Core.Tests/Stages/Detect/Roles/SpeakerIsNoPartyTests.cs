using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class SpeakerIsNoPartyTests : RoleRuleTests<SpeakerIsNoParty>
{
    [Fact]
    public void The_source_after_the_report_is_no_party() =>
        Decides("JNIM fighters attacked a village near Kidal on Sunday, the army said.", "army", Role.NoParty);

    [Fact]
    public void The_source_named_with_according_to_is_no_party() =>
        Decides("JNIM fighters attacked a village near Kidal on Sunday, according to the army.", "army", Role.NoParty);

    [Fact]
    public void The_source_of_a_statement_named_with_according_to_is_no_party() =>
        Decides("JNIM fighters ambushed two soldiers near Kidal on Sunday, according to a statement from the army.", "army", Role.NoParty);

    [Fact]
    public void The_source_of_information_named_with_segun_is_no_party() =>
        Decides("Según información entregada por la policía, dos hombres armados atacaron el camión el domingo.", "la policía", Role.NoParty);

    [Fact]
    public void An_attacker_named_with_by_after_a_separate_attribution_still_acts() =>
        Leaves("According to witnesses, the raid by the army on Sunday left two dead.", "the army", Role.MarkedAgent);
}
