using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class MarkedAgentTests : RoleRuleTests<MarkedAgent>
{
    [Fact]
    public void The_actor_named_with_by_is_the_attacker() =>
        Decides("A convoy was ambushed by JNIM near Kidal on Sunday.", "JNIM", Role.MarkedAgent);

    [Fact]
    public void The_french_par_marks_the_attacker_too() =>
        Decides("Un convoi a été attaqué par le JNIM près de Kidal dimanche.", "JNIM", Role.MarkedAgent);

    [Fact]
    public void The_french_plural_attribuees_aux_marks_the_attacker() =>
        Decides("Sept civils ont été tués jeudi dans des frappes de drones attribuées aux FAMa près de Tombouctou.", "FAMa", Role.MarkedAgent);
}
