using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class WoundedBeforeKilledTests : FigureRuleTests<WoundedBeforeKilled>
{
    [Fact]
    public void The_figure_of_the_wounded_is_no_toll() =>
        Decides("JNIM attacked an army post near Kidal on Sunday: five soldiers wounded and two killed.", 2);
}
