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
}
