using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class PassiveSubjectIsTargetTests : RoleRuleTests<PassiveSubjectIsTarget>
{
    [Fact]
    public void Soldiers_who_were_ambushed_are_the_target() =>
        Decides("Soldiers on a routine patrol were ambushed near Gao on Sunday.", "Soldiers", Role.Patient);

    [Fact]
    public void French_soldiers_killed_by_a_device_are_the_target_however_far_the_verb() =>
        Decides("Deux soldats d'une unité de patrouille ont été tués par un engin explosif près de Gao dimanche.", "soldats", Role.Patient);

    [Fact]
    public void Spanish_soldiers_who_were_attacked_are_the_target() =>
        Decides("Los soldados de una patrulla fueron atacados el domingo cerca de Gao.", "soldados", Role.Patient);

    [Fact]
    public void An_auxiliary_before_a_word_that_is_no_act_leaves_the_subject_acting() =>
        Leaves("Gunmen who were hiding in the forest attacked the village of Boni near Gao on Sunday.", "Gunmen", Role.Agent);

    [Fact]
    public void A_passive_act_in_another_clause_leaves_the_subject_acting() =>
        Leaves("JNIM fighters stormed the camp near Gao on Sunday, and three of the guards were killed.", "JNIM", Role.Agent);
}
