using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class VictimNounIsTargetTests : RoleRuleTests<VictimNounIsTarget>
{
    [Fact]
    public void Civilians_named_before_the_act_are_still_its_victims() =>
        Decides("Villagers came under fire from gunmen near Dioura on Sunday.", "Villagers", Role.Patient);

    [Fact]
    public void An_armed_actor_is_left_to_the_next_rule() =>
        Leaves("JNIM attacked soldiers near Kidal on Sunday.", "JNIM", Role.Agent);

    [Fact]
    public void Civilians_named_after_by_are_still_no_attackers() =>
        Decides("Eight people died on Saturday in suicide bombings carried out by women near Gwoza.", "women", Role.Patient);
}
