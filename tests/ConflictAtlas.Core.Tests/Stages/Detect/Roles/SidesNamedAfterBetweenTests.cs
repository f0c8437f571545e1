using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class SidesNamedAfterBetweenTests : RoleRuleTests<SidesNamedAfterBetween>
{
    [Theory]
    [InlineData("On Sunday there were clashes between soldiers and JNIM fighters near Kidal.", "soldiers")]
    [InlineData("Dimanche, des affrontements armés entre soldats et jihadistes ont eu lieu près de Kidal.", "soldats")]
    [InlineData("El domingo hubo enfrentamientos entre soldados y yihadistas cerca de Kidal.", "soldados")]
    public void The_first_side_named_after_between_is_the_agent(string sentence, string actor) =>
        Decides(sentence, actor, Role.Agent);

    [Fact]
    public void The_second_side_named_after_between_stays_the_target() =>
        Leaves("On Sunday there were clashes between soldiers and JNIM fighters near Kidal.", "JNIM", Role.Patient);

    [Fact]
    public void An_actor_after_the_act_with_no_between_stays_the_target() =>
        Leaves("On Sunday there were clashes with soldiers near Kidal.", "soldiers", Role.Patient);

    [Fact]
    public void An_actor_that_only_qualifies_the_first_side_is_not_its_agent() =>
        Leaves("On Sunday there were clashes between units loyal to the army and gunmen near Kidal.", "army", Role.Patient);
}
