using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// One short report in each language the coder reads besides English and French, through every stage: each must give
/// one event with its type, day and toll from the language's own rows (triggers, day words, number words).
/// </summary>
public sealed class LanguageReportTests
{
    /// <summary>The coder with a town in Colombia, one in Mozambique and Tripoli written in Arabic.</summary>
    internal static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Coder = PipelineDefaults.Create(new InMemoryGazetteer(
    [
        (new GazetteerEntry("test:tumaco", "Tumaco", "CO", "Nariño", null, 1.8, -78.8, 86_000, 'P', "PPL", "test"), ["Tumaco"]),
        (new GazetteerEntry("test:macomia", "Macomia", "MZ", "Cabo Delgado", null, -12.2, 40.1, 9_000, 'P', "PPL", "test"), ["Macomia"]),
        // Written in Arabic: with no country named in a script the catalogue reads, a place must be found under its own name.
        (new GazetteerEntry("test:tripoli", "طرابلس", "LY", "Tripoli", null, 32.9, 13.2, 1_150_000, 'P', "PPLC", "test"), ["طرابلس", "Tripoli"]),
    ]));

    /// <summary>Each report with its language and what it must give: sub-event type, day, place, country and toll.</summary>
    public static TheoryData<string, string, string, string, string, string, int> Cases => new()
    {
        // Published on Monday 10 March 2025: "el martes" is Tuesday 4 March.
        {
            "Hombres armados tendieron el martes una emboscada a una patrulla del ejército en el municipio de Tumaco, " +
            "en el suroeste de Colombia, y mataron a tres soldados, informaron las autoridades.",
            "es", "Armed clash", "2025-03-04", "Tumaco", "Colombia", 3
        },
        // "de" between day, month and year; the toll in words after "dejó".
        {
            "Un grupo armado atacó el 2 de marzo de 2025 a varios campesinos en el municipio de Tumaco, en Colombia, " +
            "y dejó cuatro muertos, según la policía.",
            "es", "Attack", "2025-03-02", "Tumaco", "Colombia", 4
        },
        // "ontem" is the day before publication; "dezenas" (dozens) is coded 12 by ACLED's convention.
        {
            "Insurgentes atacaram ontem a vila de Macomia, no norte de Moçambique, e mataram dezenas de civis, " +
            "segundo fontes locais.",
            "pt", "Attack", "2025-03-09", "Macomia", "Mozambique", 12
        },
        // "prendieron fuego" (set fire): property destruction; "la comuna de" introduces a municipality, as in Chile.
        {
            "Un grupo de encapuchados prendió fuego el jueves a tres camiones de una empresa forestal en la comuna de Tumaco, " +
            "en Colombia, según Carabineros.",
            "es", "Looting/property destruction", "2025-03-06", "Tumaco", "Colombia", 0
        },
        // "atearam fogo" (set fire) in Portuguese.
        {
            "Homens armados atearam fogo ontem a dezenas de casas na vila de Macomia, em Moçambique, segundo moradores.",
            "pt", "Looting/property destruction", "2025-03-09", "Macomia", "Mozambique", 0
        },
        // "انفجارين" is the dual of "انفجار" (explosion): two blasts are an explosion as one is.
        {
            "قتل ٧ أشخاص أمس في انفجارين هزا سوقا شعبيا في مدينة طرابلس الليبية، بحسب الشرطة.",
            "ar", "Remote explosive/landmine/IED", "2025-03-09", "طرابلس", "Libya", 7
        },
        // "احتشد" (crowds gathered) tells a rally.
        {
            "احتشد آلاف الشبان أمس في مدينة طرابلس الليبية رفضا لقرارات الحكومة الأخيرة.",
            "ar", "Peaceful protest", "2025-03-09", "طرابلس", "Libya", 0
        },
        // "بقصف" (by shelling) carries an attached preposition; the toll is written in Eastern Arabic digits.
        {
            "قتل ٥ مدنيين أمس وأصيب آخرون بقصف مدفعي استهدف حيا سكنيا في مدينة طرابلس الليبية، وفق مصادر طبية.",
            "ar", "Shelling/artillery/missile attack", "2025-03-09", "طرابلس", "Libya", 5
        },
        // "شهدتها" (which ... witnessed) says when the clashes happened: yesterday Sunday, not today Monday, the day
        // named nearer the word for the clashes.
        {
            "عاد هدوء حذر إلى مدينة طرابلس الليبية، اليوم الاثنين، بعد اشتباكات عنيفة شهدتها المدينة أمس الأحد قتل فيها ستة مسلحين.",
            "ar", "Armed clash", "2025-03-09", "طرابلس", "Libya", 6
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_report_gives_one_event_with_its_type_day_place_and_toll(
        string text, string language, string subEventType, string day, string place, string country, int fatalities)
    {
        var document = Coder.Run(Reports.New(text));
        Assert.Equal(language, document.Metadata.Language);
        var e = Assert.Single(document.Events);
        Assert.Equal(subEventType, e.Class.Value.SubEventType);
        Assert.Equal(new EventDate(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), 1), e.Date!.Value);
        Assert.Equal(place, e.Place!.Value.Name);
        Assert.Equal(country, e.Place.Value.Country);
        Assert.Equal(fatalities, e.Fatalities?.Value.Best ?? 0);
    }

    [Theory]
    [InlineData("Un muerto y más de veinte heridos dejaron el martes los enfrentamientos en el municipio de Tumaco, en Colombia.", "es")]
    [InlineData("Un mort et une vingtaine de blessés : tel est le bilan des affrontements de mardi à Tumaco, en Colombie.", "fr")]
    // Arabic has no indefinite article: "قتيل" alone is one dead.
    [InlineData("قتيل وخمسة جرحى في اشتباكات مسلحة شهدتها مدينة طرابلس الليبية أمس.", "ar")]
    public void A_noun_that_is_one_death_counts_beside_other_figures(string text, string language)
    {
        var document = Coder.Run(Reports.New(text));
        Assert.Equal(language, document.Metadata.Language);
        Assert.Equal(1, Assert.Single(document.Events).Fatalities!.Value.Best);
    }

    [Fact]
    public void An_arabic_death_noun_after_a_figure_counts_the_figure()
    {
        var document = Coder.Run(Reports.New("أسفرت الغارات الجوية أمس عن ٢٠٠ قتيل في مدينة طرابلس الليبية."));
        Assert.Equal(200, Assert.Single(document.Events).Fatalities!.Value.Best);
    }
}
