using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class TotalOverADateRangeTests : FigureRuleTests<TotalOverADateRange>
{
    [Fact]
    public void A_french_count_from_one_month_to_another_is_not_a_toll() =>
        Decides("Une mission de l'ONU a recensé, du 3 janvier au 28 février, au moins 140 civils tués autour de Kidal.");

    [Fact]
    public void An_english_count_from_one_month_to_another_is_not_a_toll() =>
        Decides("From 3 January to 28 February, at least 140 civilians were killed around Kidal, a UN mission said.");

    [Fact]
    public void A_raid_told_over_two_days_keeps_its_toll() =>
        Leaves("Du 3 mars au 4 mars, des hommes armés ont tué 14 villageois autour de Kidal.", 14);
}
