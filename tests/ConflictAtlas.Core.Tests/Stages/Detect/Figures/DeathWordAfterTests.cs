using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class DeathWordAfterTests : FigureRuleTests<DeathWordAfter>
{
    [Fact]
    public void The_death_word_after_the_figure_makes_it_a_toll() =>
        Decides("Eight soldiers were killed when JNIM attacked a convoy near Kidal on Sunday.", 8);

    [Theory]
    [InlineData("Three guards of the new regional grain depot were killed when JNIM fighters stormed Kidal on Sunday.", 3)]
    [InlineData("Quatre agents de la brigade mobile des douanes ont été tués dimanche lors d'une attaque de JNIM à Kidal.", 4)]
    public void A_complement_of_the_counted_noun_is_skipped_before_the_death_word(string sentence, int expected) =>
        Decides(sentence, expected);

    [Theory]
    [InlineData("Nine villagers were executed by JNIM fighters near Kidal on Sunday.", 9)]
    [InlineData("Fourteen farmers were massacred by gunmen near Kidal on Sunday.", 14)]
    [InlineData("Onze assaillants ont été abattus par l'armée dimanche près de Kidal.", 11)]
    [InlineData("Neuf otages ont été exécutés par les ravisseurs dimanche près de Kidal.", 9)]
    [InlineData("Seis campesinos fueron ejecutados por hombres armados el domingo cerca de Kidal.", 6)]
    [InlineData("Cinco agricultores foram executados por homens armados no domingo perto de Kidal.", 5)]
    public void Executed_massacred_and_shot_down_are_death_words(string sentence, int expected) =>
        Decides(sentence, expected);

    // "Among the dead" counts the dead it names: a part of the toll, so at least that many died.
    [Theory]
    [InlineData("About 14 herders were among the dead after gunmen stormed a market near Kidal.", 14)]
    [InlineData("Six children were among the deceased after militants stormed a school near Kidal.", 6)]
    public void Those_among_the_dead_are_a_toll(string sentence, int expected) =>
        Decides(sentence, expected);

    [Fact]
    public void A_complement_that_runs_into_another_clause_is_not_skipped() =>
        Leaves("Two leaders of the militia, which JNIM fighters attacked in Kidal on Sunday, were later killed in a raid.");
}
