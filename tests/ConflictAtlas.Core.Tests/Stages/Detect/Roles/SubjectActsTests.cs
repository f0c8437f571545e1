using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class SubjectActsTests : RoleRuleTests<SubjectActs>
{
    [Fact]
    public void The_subject_acts() =>
        Decides("JNIM attacked soldiers near Kidal on Sunday.", "JNIM", Role.Agent);

    [Fact]
    public void The_object_is_the_target() =>
        Decides("JNIM attacked soldiers near Kidal on Sunday.", "soldiers", Role.Patient);
}
