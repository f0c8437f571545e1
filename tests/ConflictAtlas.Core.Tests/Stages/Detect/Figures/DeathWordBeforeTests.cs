using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class DeathWordBeforeTests : FigureRuleTests<DeathWordBefore>
{
    [Fact]
    public void The_death_word_before_the_figure_makes_it_a_toll() =>
        Decides("JNIM attacked a convoy near Kidal on Sunday, killing eight soldiers.", 8);
}
