using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class SpeakerActsThroughItsOwnMenTests : RoleRuleTests<SpeakerActsThroughItsOwnMen>
{
    [Fact]
    public void A_speaker_telling_of_its_own_units_is_the_actor() =>
        Decides("The army said its drones destroyed a JNIM convoy near Kidal on Sunday.", "army", Role.Agent);

    [Fact]
    public void A_speaker_telling_of_others_is_left_to_the_next_rule() =>
        Leaves("JNIM fighters attacked a village near Kidal on Sunday, the army said.", "army", Role.NoParty);
}
