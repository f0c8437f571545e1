using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class NearerFigureTakesTheDeathWordTests : FigureRuleTests<NearerFigureTakesTheDeathWord>
{
    [Fact]
    public void A_count_of_witnesses_before_the_toll_is_not_a_toll() =>
        Decides("Two witnesses said about 80 people were killed in the strike on Sunday.", 80);

    [Fact]
    public void A_count_of_doctors_before_the_toll_is_not_a_toll() =>
        Decides("Two doctors told reporters 13 had died after the raid on Thursday.", 13);

    [Fact]
    public void A_count_of_witnesses_before_the_toll_is_not_a_toll_in_french() =>
        Decides("Deux témoins ont vu 25 morts dimanche après l'attaque du village.", 25);

    [Fact]
    public void Figures_joined_by_and_share_the_death_word() =>
        Leaves("Six soldiers and thirty attackers were killed near Kidal on Sunday.", 6, 30);
}
