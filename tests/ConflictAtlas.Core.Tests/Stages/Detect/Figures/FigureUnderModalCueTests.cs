using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class FigureUnderModalCueTests : FigureRuleTests<FigureUnderModalCue>
{
    [Fact]
    public void Deaths_that_were_only_threatened_are_no_toll() =>
        Decides("JNIM attacked Dioura on Sunday and threatened to kill 40 more villagers.");
}
