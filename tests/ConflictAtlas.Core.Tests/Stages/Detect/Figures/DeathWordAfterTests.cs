using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class DeathWordAfterTests : FigureRuleTests<DeathWordAfter>
{
    [Fact]
    public void The_death_word_after_the_figure_makes_it_a_toll() =>
        Decides("Eight soldiers were killed when JNIM attacked a convoy near Kidal on Sunday.", 8);
}
