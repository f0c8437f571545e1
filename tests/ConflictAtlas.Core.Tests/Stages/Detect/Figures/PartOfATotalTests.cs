using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class PartOfATotalTests : FigureRuleTests<PartOfATotal>
{
    [Fact]
    public void The_children_among_the_dead_are_part_of_the_toll() =>
        Decides("Thirteen civilians, including seven children, were killed on Thursday near the market.", 13);

    [Fact]
    public void Policemen_among_the_dead_named_after_the_toll_are_part_of_it() =>
        Decides("Eleven people were killed on Monday, including five policemen shot dead at a checkpoint.", 11);

    [Fact]
    public void The_children_among_the_dead_are_part_of_the_toll_in_french() =>
        Decides("Treize civils, dont sept enfants, ont été tués jeudi dans deux frappes de drones.", 13);

    [Fact]
    public void A_figure_after_including_is_the_toll_when_no_total_comes_before_it() =>
        Leaves("Villagers, including four children, were killed near Kidal on Sunday.", 4);
}
