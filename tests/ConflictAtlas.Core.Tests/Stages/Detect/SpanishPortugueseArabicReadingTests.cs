using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// How sentences in Spanish, Portuguese and Arabic are read: a threat in the Arabic future, a day that opens a period,
/// a participle that describes the noun before it, and a single word the writer puts in quotation marks.
/// </summary>
public sealed class SpanishPortugueseArabicReadingTests
{
    private static Document Code(string text) => LanguageReportTests.Coder.Run(Reports.New(text));

    // "ستكون" (will be) carries the future prefix: ships that will be a target tell no attack yet.
    [Fact]
    public void An_arabic_warning_in_the_future_tells_no_attack()
    {
        var document = Code("حذرت جماعة الحوثي أمس من أن السفن الراسية في مدينة طرابلس الليبية ستكون هدفا لهجمات الجماعة.");
        Assert.Equal("ar", document.Metadata.Language);
        Assert.Empty(document.Events);
    }

    // Published Monday 10 March 2025: the shooting is Saturday the 8th; "desde el lunes" opens the week's count.
    [Fact]
    public void A_day_after_since_opens_a_period_and_founds_no_event()
    {
        var document = Code("Tres manifestantes murieron el sábado por disparos de la policía en el municipio de Tumaco, en Colombia. " +
                            "El balance de las protestas subió a doce muertos desde el lunes.");
        var e = Assert.Single(document.Events);
        Assert.Equal(new EventDate(new DateOnly(2025, 3, 8), 1), e.Date!.Value);
    }

    [Fact]
    public void An_arabic_day_after_mundhu_opens_a_period()
    {
        var document = Code("قتل ثلاثة متظاهرين السبت في مدينة طرابلس الليبية خلال احتجاجات واسعة. وترتفع حصيلة الاحتجاجات إلى ١٢ قتيلا منذ الاثنين.");
        var e = Assert.Single(document.Events);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
    }

    [Theory]
    [InlineData("Familiares y soldados despidieron el domingo en Tumaco, Colombia, a los once militares asesinados.", "es")]
    [InlineData("Centenas de pessoas homenagearam no domingo na vila de Macomia, em Moçambique, os 11 militares assassinados.", "pt")]
    public void A_participle_after_its_noun_describes_the_dead_of_an_act_told_elsewhere(string text, string language)
    {
        var document = Code(text);
        Assert.Equal(language, document.Metadata.Language);
        Assert.Empty(document.Events);
    }

    [Theory]
    [InlineData("Once militares fueron asesinados el domingo en el municipio de Tumaco, en Colombia.")]
    [InlineData("Os onze militares foram assassinados no domingo na vila de Macomia, em Moçambique.")]
    public void A_participle_after_its_auxiliary_still_tells_the_act(string text)
    {
        var e = Assert.Single(Code(text).Events);
        Assert.Equal("Attack", e.Class.Value.SubEventType);
        Assert.Equal(new DateOnly(2025, 3, 9), e.Date!.Value.Date);
    }

    // A word in quotation marks in the writer's own sentence is a cited term, not a quotation that restates an event.
    [Fact]
    public void A_single_quoted_word_still_tells_the_act()
    {
        var document = Code("Advogados mortos em Moçambique\n\n" +
                            "A polícia confirmou hoje que o carro em que seguiam dois advogados, mortos a tiro na noite de sexta-feira " +
                            "na vila de Macomia, foi alvo de uma “emboscada” e que um terceiro ocupante ficou ferido.");
        var e = Assert.Single(document.Events);
        Assert.Equal(new DateOnly(2025, 3, 7), e.Date!.Value.Date);
        Assert.Equal("Macomia", e.Place!.Value.Name);
    }

    [Fact]
    public void A_quoted_sentence_still_restates_an_event_told_elsewhere()
    {
        var document = Code("Homens armados mataram dois agricultores na sexta-feira na vila de Macomia, em Moçambique. " +
                            "“Eles chegaram à noite e dispararam contra todos”, disse um morador.");
        Assert.Single(document.Events);
    }

    // Folding drops accents, so "incendió" (set fire) must be matched as written: "un incendio" is a fire, and here
    // the act is the killing.
    [Fact]
    public void A_fire_named_as_a_noun_is_no_arson()
    {
        var e = Assert.Single(Code("Un grupo armado provocó el sábado un incendio en el mercado del municipio de Tumaco, en Colombia, " +
                                   "y mató a dos comerciantes.").Events);
        Assert.Equal("Attack", e.Class.Value.SubEventType);
    }

    // Feminine and plural forms of the act words count as the masculine ones do.
    [Theory]
    [InlineData("Uma jornalista foi baleada no sábado na vila de Macomia, em Moçambique, por homens armados.", "Attack")]
    [InlineData("Una dirigente social fue baleada el sábado en el municipio de Tumaco, en Colombia, por hombres armados.", "Attack")]
    [InlineData("Duas enfermeiras foram sequestradas no sábado na vila de Macomia, em Moçambique, por insurgentes.", "Abduction/forced disappearance")]
    public void Feminine_forms_of_act_words_tell_the_act(string text, string subEventType)
    {
        var e = Assert.Single(Code(text).Events);
        Assert.Equal(subEventType, e.Class.Value.SubEventType);
        Assert.Equal(new DateOnly(2025, 3, 8), e.Date!.Value.Date);
    }

    // A neighbourhood's name may be a town's elsewhere: with the town named beside it, the event is placed in the town.
    [Fact]
    public void A_neighbourhood_in_a_named_town_places_the_event_in_the_town()
    {
        var coder = PipelineDefaults.Create(new InMemoryGazetteer(
        [
            (new GazetteerEntry("test:tripoli", "طرابلس", "LY", "Tripoli", null, 32.9, 13.2, 1_150_000, 'P', "PPLC", "test"), ["طرابلس"]),
            (new GazetteerEntry("test:rawda", "الروضة", "LY", "Al Wahat", null, 29.0, 21.5, 4_000, 'P', "PPL", "test"), ["الروضة"]),
        ]));
        var document = coder.Run(Reports.New("قصفت ميليشيات مسلحة أمس بقذائف الهاون حي الروضة في مدينة طرابلس الليبية، وفق مصادر طبية."));
        Assert.Equal("طرابلس", Assert.Single(document.Events).Place!.Value.Name);
    }

    // "مسيرات" is marches, and also (short for "طائرات مسيرة") drones: alone it tells a march; beside a word of
    // attack or of the drone's kind it tells a drone strike.
    [Fact]
    public void Arabic_marches_are_a_protest()
    {
        var e = Assert.Single(Code("خرجت مسيرات السبت في مدينة طرابلس الليبية رفضا لغلاء الأسعار.").Events);
        Assert.Equal("Peaceful protest", e.Class.Value.SubEventType);
    }

    [Theory]
    [InlineData("استهدفت مسيرات انتحارية السبت مخزنا للوقود في مدينة طرابلس الليبية.")]
    [InlineData("قتل ثلاثة أشخاص في هجوم بالمسيرات السبت على مدينة طرابلس الليبية.")]
    public void Arabic_drones_that_strike_are_no_march(string text)
    {
        var e = Assert.Single(Code(text).Events);
        Assert.Equal("Air/drone strike", e.Class.Value.SubEventType);
    }
}
