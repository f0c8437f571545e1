using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Stages.Detect.Figures;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

public sealed class UpdatedTollTests : FigureRuleTests<UpdatedToll>
{
    [Fact]
    public void A_toll_that_stands_at_a_figure_far_after_its_noun_is_the_toll() =>
        Decides("The death toll from Sunday's bomb attack on the cattle market of Gao stands at eight, officials said.", 8);

    [Fact]
    public void A_french_toll_that_went_up_is_the_toll() =>
        Decides("Le bilan de l'embuscade tendue dimanche près de Gao est passé à onze.", 11);

    [Fact]
    public void A_spanish_toll_that_rose_is_the_toll() =>
        Decides("El saldo del ataque armado contra el cuartel de Gao ascendió a siete.", 7);

    [Fact]
    public void An_arabic_toll_that_rose_is_the_toll() =>
        Decides("ارتفعت حصيلة الهجوم المسلح على سوق غاو إلى 8", 8);

    [Fact]
    public void An_arabic_sum_that_reaches_a_figure_without_rising_is_no_toll() =>
        Leaves("بعد الهجوم المسلح على غاو وصلت قيمة المساعدات إلى 800");

    [Fact]
    public void A_figure_that_rises_with_no_toll_named_is_no_toll() =>
        Leaves("After the attack near Gao, the number of displaced families rose to 800.");

    [Fact]
    public void A_figure_after_another_number_between_the_toll_and_its_update_is_no_toll() =>
        Leaves("After the attack near Gao the toll of 3 days of fighting on the markets reached 800 tonnes of grain.");

    [Fact]
    public void An_updated_toll_is_marked_as_the_latest_account() =>
        Assert.Equal([true], UpdatesOf("The death toll from Sunday's bomb attack on the cattle market of Gao stands at eight."));

    [Fact]
    public void A_toll_that_runs_since_a_day_is_no_latest_account_of_one_event() =>
        Assert.Equal([false], UpdatesOf("The death toll of the protests in Bamako has risen to 12 since Monday, medics said."));

    private static bool[] UpdatesOf(string sentence)
    {
        var document = Reports.Mentioned(sentence);
        var reader = new SentenceReader(EventLexicon.Default, Taxonomy.Default);
        var candidate = reader.Read(document, reader.Scan(document, Assert.Single(document.Sentences)), referenceYear: 2025)
                        ?? throw new Xunit.Sdk.XunitException("the sentence gave no candidate");
        return [.. candidate.Claims.Select(c => c.IsUpdate)];
    }
}
