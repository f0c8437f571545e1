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

    [Fact]
    public void A_clock_hour_is_not_a_toll() =>
        Decides("Witnesses said the shooting began at 5 am on Tuesday and killed nine people.", 9);

    [Fact]
    public void Storeys_of_a_building_are_not_a_toll() =>
        Decides("A shell hit a building of five storeys, which killed a woman on Friday.", 1);

    [Fact]
    public void Storeys_of_a_building_are_not_a_toll_in_french() =>
        Decides("Un obus a frappé vendredi un immeuble de cinq étages, ce qui a tué une femme.", 1);

    [Fact]
    public void The_reading_time_of_a_page_is_not_a_toll() =>
        Decides("3 min read Gunmen killed four herders near the river.", 4);

    [Fact]
    public void An_age_told_as_a_rough_number_of_years_is_not_a_toll() =>
        Decides("Un homme d'une trentaine d'années a été tué vendredi lors des heurts.", 1);

    [Fact]
    public void Dozens_of_wounded_are_not_a_toll() =>
        Decides("La répression de la marche a fait des dizaines de blessés et deux morts samedi à Lomé.", 2);
}
