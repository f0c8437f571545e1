using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class DeathWordAfterAsideTests : FigureRuleTests<DeathWordAfterAside>
{
    [Fact]
    public void The_death_word_after_an_aside_counts_for_the_figure_before_it() =>
        Decides("Four people, including two children and their grandmother, were killed when gunmen attacked Dioura on Sunday.", 4);
}
