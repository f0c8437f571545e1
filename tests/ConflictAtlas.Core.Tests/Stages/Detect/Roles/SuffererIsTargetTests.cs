using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class SuffererIsTargetTests : RoleRuleTests<SuffererIsTarget>
{
    [Fact]
    public void Soldiers_counted_among_the_dead_are_the_target() =>
        Decides("Twelve soldiers were killed when JNIM stormed an army post near Kidal on Sunday.", "soldiers", Role.Patient);

    [Fact]
    public void French_soldiers_counted_among_the_dead_are_the_target() =>
        Decides("Dimanche, les soldats ont été tués lors d'une attaque du JNIM près de Kidal.", "soldats", Role.Patient);
}
