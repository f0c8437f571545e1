using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class CoordinatedFiguresTests : FigureRuleTests<CoordinatedFigures>
{
    [Fact]
    public void Two_figures_joined_by_and_share_the_death_word() =>
        Decides("Six government soldiers and thirty armed attackers were killed in fighting near Kidal on Sunday.", 6, 30);

    [Fact]
    public void A_figure_joined_by_and_to_one_after_the_death_word_shares_it() =>
        Decides("Gunmen killed five soldiers and four civilians near Kidal on Sunday.", 5, 4);

    [Fact]
    public void A_figure_joined_by_and_to_one_after_the_death_word_shares_it_in_french() =>
        Decides("Des hommes armés ont tué cinq soldats et quatre civils dimanche près de Kidal.", 5, 4);

    [Fact]
    public void A_figure_after_another_verb_does_not_share_the_death_word() =>
        Leaves("Gunmen killed five soldiers and wounded four civilians near Kidal on Sunday.", 5);

    [Fact]
    public void A_figure_of_wounded_does_not_share_the_death_word() =>
        Leaves("Gunmen killed five soldiers and four civilians were wounded near Kidal on Sunday.", 5);
}
