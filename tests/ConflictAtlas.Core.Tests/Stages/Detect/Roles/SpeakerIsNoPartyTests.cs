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

    [Fact]
    public void The_source_of_a_statement_named_with_according_to_is_no_party() =>
        Decides("JNIM fighters ambushed two soldiers near Kidal on Sunday, according to a statement from the army.", "army", Role.NoParty);

    [Fact]
    public void The_source_of_information_named_with_segun_is_no_party() =>
        Decides("Según información entregada por la policía, dos hombres armados atacaron el camión el domingo.", "la policía", Role.NoParty);

    [Fact]
    public void An_attacker_named_with_by_after_a_separate_attribution_still_acts() =>
        Leaves("According to witnesses, the raid by the army on Sunday left two dead.", "the army", Role.MarkedAgent);

    [Theory]
    [InlineData("The police in Gao said gunmen killed two traders at the market on Saturday.", "police")]
    [InlineData("La police de Gao a indiqué que des hommes armés ont tué deux commerçants samedi.", "police")]
    [InlineData("El departamento policial de Gao indicó que dos comerciantes fueron asesinados por hombres armados el sábado.", "policial")]
    public void A_source_named_with_its_town_before_its_statement_is_no_party(string sentence, string actor) =>
        Decides(sentence, actor, Role.NoParty);

    [Fact]
    public void Forces_named_with_their_town_that_act_are_a_party() =>
        Leaves("The army in Gao killed two gunmen at the market on Saturday, residents said.", "army", Role.Agent);

    [Theory]
    [InlineData("Gunmen killed two traders near Gao on Saturday, Malian police and local officials said.", "police")]
    [InlineData("Hombres armados mataron a dos comerciantes cerca de Gao el sábado, la policía y fuentes locales informaron.", "la policía")]
    public void A_source_named_first_of_two_sources_of_a_statement_is_no_party(string sentence, string actor) =>
        Decides(sentence, actor, Role.NoParty);

    [Fact]
    public void Forces_that_act_before_another_speaker_is_named_are_a_party() =>
        Leaves("The army killed two gunmen near Gao and residents said the fighting lasted hours.", "army", Role.Agent);
}
