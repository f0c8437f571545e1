using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class SuffererIsTargetTests : RoleRuleTests<SuffererIsTarget>
{
    [Fact]
    public void Soldiers_counted_among_the_dead_are_the_target() =>
        Decides("Twelve soldiers killed as JNIM stormed an army post near Kidal on Sunday, the army said.", "soldiers", Role.Patient);

    [Fact]
    public void French_soldiers_counted_among_the_dead_are_the_target() =>
        Decides("Dimanche, dix soldats tués et cinq blessés lors d'une attaque du JNIM près de Kidal.", "soldats", Role.Patient);

    [Fact]
    public void Arabic_soldiers_counted_after_a_verb_first_passive_death_are_the_target() =>
        Decides("قتل 4 جنود في تفجير انتحاري استهدف قاعدة عسكرية قرب غاو يوم الأحد.", "جنود", Role.Patient);

    [Fact]
    public void French_soldiers_counted_after_a_killing_word_are_the_target() =>
        Decides("Dimanche, tuant 4 soldats, une embuscade a frappé un convoi près de Gao.", "soldats", Role.Patient);

    [Fact]
    public void Arabic_soldiers_counted_after_a_verb_first_passive_injury_are_the_target() =>
        Decides("أصيب 5 جنود في قصف مدفعي على ثكنة قرب غاو يوم الأحد.", "جنود", Role.Patient);
}
