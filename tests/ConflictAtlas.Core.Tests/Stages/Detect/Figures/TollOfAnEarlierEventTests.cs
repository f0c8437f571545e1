using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class TollOfAnEarlierEventTests : FigureRuleTests<TollOfAnEarlierEvent>
{
    [Fact]
    public void The_toll_of_an_ambush_two_days_earlier_is_not_the_toll_of_the_raid() =>
        Decides("The raid on a police post near Kidal on Sunday came two days after an ambush that killed 18 soldiers near Gao.");

    [Fact]
    public void A_french_toll_of_the_day_before_is_not_the_toll_of_the_attack() =>
        Decides("L'attaque du poste de Kidal dimanche est survenue au lendemain d'une embuscade qui a tué 14 soldats.");

    [Fact]
    public void A_marker_that_opens_its_clause_leaves_the_toll_to_the_earlier_event_that_clause_tells() =>
        Leaves("Two days after gunmen killed 12 villagers near Kidal, the army sent troops to the area.", 12);

    [Fact]
    public void An_earlier_event_told_with_its_own_day_keeps_its_toll() =>
        Leaves("Weeks after a drone strike on 30 November killed five herders near Kidal, the army sent more troops to the area.", 5);

    [Fact]
    public void The_toll_of_the_event_after_its_own_clause_stays() =>
        Leaves("Two days after the vote, gunmen killed 12 villagers near Kidal.", 12);
}
