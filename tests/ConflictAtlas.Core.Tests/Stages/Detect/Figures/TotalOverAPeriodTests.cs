using ConflictAtlas.Core.Stages.Detect.Figures;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class TotalOverAPeriodTests : FigureRuleTests<TotalOverAPeriod>
{
    [Fact]
    public void A_total_for_the_year_is_not_the_toll_of_the_event() =>
        Decides("More than 2,500 civilians have been killed in the fighting around Kidal so far this year.");

    [Fact]
    public void A_french_total_since_the_start_of_the_conflict_is_not_a_toll() =>
        Decides("Plus de 300 soldats ont été tués dans les combats près de Kidal depuis le début du conflit.");

    [Fact]
    public void The_toll_of_the_day_before_a_comma_stays() =>
        Leaves("Gunmen killed twelve villagers near Kidal on Sunday, the worst attack this year.", 12);

    [Fact]
    public void A_spanish_total_over_the_last_days_is_not_a_toll() =>
        Decides("Los enfrentamientos dejaron al menos 30 muertos en los últimos seis días en la ciudad.");

    [Fact]
    public void A_total_over_recent_days_is_not_a_toll() =>
        Decides("The clashes have killed at least 40 people in recent days across the province.");
}
