using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class FigureNeedsADeathWordTests : FigureRuleTests<FigureNeedsADeathWord>
{
    [Fact]
    public void A_figure_without_a_death_word_is_no_toll() =>
        Decides("JNIM attacked Dioura on Sunday and 300 residents fled.");
}
