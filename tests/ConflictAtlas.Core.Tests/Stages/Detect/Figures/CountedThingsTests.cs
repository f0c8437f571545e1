using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class CountedThingsTests : FigureRuleTests<CountedThings>
{
    [Fact]
    public void A_duration_is_not_a_toll() =>
        Decides("The fighting near Kidal on Sunday lasted two hours and killed five soldiers.", 5);

    [Fact]
    public void A_count_of_places_is_not_a_toll() =>
        Decides("At least 40 marchers in 12 towns were killed by police on Friday, the rights group said.", 40);

    [Fact]
    public void A_count_of_places_is_not_a_toll_in_french() =>
        Decides("Au moins 30 manifestants dans 9 villes ont été tués vendredi, selon l'ONG.", 30);
}
