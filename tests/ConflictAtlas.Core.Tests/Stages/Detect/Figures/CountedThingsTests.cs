using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class CountedThingsTests : FigureRuleTests<CountedThings>
{
    [Fact]
    public void A_duration_is_not_a_toll() =>
        Decides("The fighting near Kidal on Sunday lasted two hours and killed five soldiers.", 5);
}
