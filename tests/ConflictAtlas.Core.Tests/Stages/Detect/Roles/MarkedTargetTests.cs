using ConflictAtlas.Core.Stages.Detect.Roles;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

public sealed class MarkedTargetTests : RoleRuleTests<MarkedTarget>
{
    [Theory]
    [InlineData("On Sunday a suicide bomber targeted a checkpoint of the army near Kidal.", "army")]
    [InlineData("Dimanche, une kamikaze a pris pour cible un poste de l'armée près de Kidal.", "armée")]
    [InlineData("El domingo hubo un ataque contra una patrulla del ejército cerca de Kidal.", "ejército")]
    [InlineData("No domingo houve um ataque contra uma patrulha do exército perto de Kidal.", "exército")]
    [InlineData("وقع يوم الأحد هجوم على دورية الجيش قرب كيدال.", "الجيش")]
    public void The_actor_named_after_a_target_word_is_the_marked_target(string sentence, string actor) =>
        Decides(sentence, actor, Role.MarkedPatient);

    [Fact]
    public void An_actor_named_with_by_after_the_target_word_stays_the_attacker() =>
        Leaves("On Sunday an attack on a convoy by JNIM left two dead near Kidal.", "JNIM", Role.MarkedAgent);

    [Fact]
    public void An_actor_in_the_next_clause_is_not_marked() =>
        Leaves("On Sunday gunmen targeted a market near Kidal, and soldiers were killed nearby.", "soldiers", Role.Patient);
}
