using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class CoordinatedFiguresTests : FigureRuleTests<CoordinatedFigures>
{
    [Fact]
    public void Two_figures_joined_by_and_share_the_death_word() =>
        Decides("Six government soldiers and thirty armed attackers were killed in fighting near Kidal on Sunday.", 6, 30);
}
