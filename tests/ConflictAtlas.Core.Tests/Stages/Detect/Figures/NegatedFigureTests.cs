using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class NegatedFigureTests : FigureRuleTests<NegatedFigure>
{
    [Fact]
    public void No_one_killed_is_no_death() =>
        Decides("JNIM attacked an army post near Kidal on Sunday but no one was killed.");
}
