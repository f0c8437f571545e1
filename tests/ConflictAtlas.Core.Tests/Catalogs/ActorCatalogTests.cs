using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;

namespace ConflictAtlas.Core.Tests.Catalogs;

/// <summary>The actor catalogue: state forces of every country, the named groups, their sources and the loader's checks.</summary>
public sealed class ActorCatalogTests
{
    private static readonly ActorCatalog Catalog = ActorCatalog.Default;
    private static readonly DateOnly Day = new(2025, 3, 10);

    /// <summary>The actor a phrase stands for when it is the whole text, in an event of <paramref name="iso2"/> on <paramref name="day"/>.</summary>
    private static Actor? Resolve(string phrase, string? iso2, DateOnly? day = null)
    {
        var match = Assert.Single(Catalog.Matcher.Match(Tokenizer.Tokenize(phrase)));
        var mention = new ActorMention([.. match.Values.Distinct()]);
        var entry = mention.Choose(iso2, day ?? Day);
        return entry is null ? null : Catalog.Resolve(entry, day ?? Day, CountryCatalog.Default.ByIso2(iso2));
    }

    private static string? Name(string phrase, string? iso2, DateOnly? day = null) => Resolve(phrase, iso2, day)?.Name;

    public static TheoryData<string> GenericForces() => ["the army", "l'armée", "el ejército", "o exército", "الجيش", "la policía", "a polícia", "الشرطة"];

    [Theory]
    [MemberData(nameof(GenericForces))]
    public void Every_country_resolves_a_generic_word_for_its_forces_to_its_own_forces(string phrase)
    {
        var wrong = new List<string>();
        foreach (var country in CountryCatalog.Default.All)
        {
            var actor = Resolve(phrase, country.Iso2);
            var kind = phrase.Contains("pol", StringComparison.Ordinal) || phrase == "الشرطة" ? "Police Forces of " : "Military Forces of ";
            if (actor is null || actor.Type != ActorType.StateForces || actor.Country != country.Name ||
                !actor.Name.StartsWith(kind, StringComparison.Ordinal) || !actor.Name.Contains(country.Name, StringComparison.Ordinal))
            {
                wrong.Add($"{country.Iso2}: {actor?.Name ?? "nothing"}");
            }
        }

        Assert.Empty(wrong);
        Assert.True(CountryCatalog.Default.All.Count >= 230, "every country and territory ACLED codes");
    }

    [Theory]
    [InlineData("the army", "SY", "2024-01-10", "Military Forces of Syria (2000-2024)")]
    [InlineData("the army", "SY", "2025-01-10", "Military Forces of Syria (2024-)")]
    [InlineData("la policía", "MX", "2025-01-10", "Police Forces of Mexico (2024-)")]
    [InlineData("el ejército mexicano", "CO", "2025-01-10", "Military Forces of Mexico (2024-)")]
    [InlineData("as forças armadas brasileiras", "BR", "2021-06-01", "Military Forces of Brazil (2019-2022)")]
    [InlineData("الجيش السوري", "LB", "2023-05-01", "Military Forces of Syria (2000-2024)")]
    [InlineData("the Malian government", "ML", "2025-01-10", "Government of Mali (2021-)")]
    [InlineData("the army", "NU", "2025-01-10", "Military Forces of Niue")]
    // A strike named with its country ("Pakistani airstrikes", "غارات سودانية") is by that country's military.
    [InlineData("Pakistani airstrikes", "AF", "2024-12-25", "Military Forces of Pakistan (2022-)")]
    [InlineData("Pakistan's air strikes", "AF", "2024-12-25", "Military Forces of Pakistan (2022-)")]
    [InlineData("Sudanese drone strikes", "SD", "2024-05-01", "Military Forces of Sudan (2019-)")]
    [InlineData("frappes aériennes maliennes", "ML", "2025-01-10", "Military Forces of Mali (2021-)")]
    [InlineData("bombardeo aéreo mexicano", "MX", "2025-01-10", "Military Forces of Mexico (2024-)")]
    [InlineData("غارات سودانية", "SD", "2024-05-01", "Military Forces of Sudan (2019-)")]
    [InlineData("US air strikes", "YE", "2025-04-06", "Military Forces of the United States (2025-)")]
    public void State_forces_carry_the_regime_period_of_the_day(string phrase, string iso2, string day, string expected) =>
        Assert.Equal(expected, Name(phrase, iso2, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("طفلا")]
    [InlineData("مدنيا")]
    public void An_arabic_noun_counted_after_ten_names_the_civilians_too(string noun) =>
        Assert.Equal("Civilians (Yemen)", Name(noun, "YE", new DateOnly(2025, 1, 10)));

    [Fact]
    public void Countries_that_read_as_a_noun_phrase_take_the_article() =>
        Assert.Equal(
            ["Military Forces of the Philippines (2022-)", "Military Forces of the United Arab Emirates", "Military Forces of the Solomon Islands"],
            new[] { "PH", "AE", "SB" }.Select(c => Name("the army", c)));

    [Fact]
    public void The_catalogue_names_at_least_six_hundred_non_state_actors_each_with_a_source()
    {
        var nonState = Catalog.NonStateActors;
        Assert.True(nonState.Count >= 600, $"{nonState.Count} non-state actors");
        Assert.All(Catalog.Named, a => Assert.False(string.IsNullOrWhiteSpace(a.Source), a.Entry.NameTemplate));
        Assert.Equal(nonState.Count, nonState.Select(a => a.Entry.NameTemplate).Distinct().Count());
        foreach (var type in new[] { ActorType.RebelGroup, ActorType.PoliticalMilitia, ActorType.IdentityMilitia, ActorType.ExternalOtherForces })
        {
            Assert.Contains(nonState, a => a.Entry.Type == type);
        }
    }

    [Theory]
    [InlineData("SNA", "SO", "Military Forces of Somalia (2022-)")]
    [InlineData("SNA", "SY", "SNA: Syrian National Army")]
    [InlineData("AA", "MM", "AA: Arakan Army")]
    [InlineData("PM", "BR", "Police Forces of Brazil (2023-)")]
    [InlineData("IS", "IQ", "Islamic State (Iraq)")]
    [InlineData("Islamic State", "SY", "Islamic State (Syria)")]
    [InlineData("Islamic State", "NE", "Islamic State (Sahel)")]
    [InlineData("Taliban", "PK", "TTP: Tehreek-i-Taliban Pakistan")]
    [InlineData("SDF", "LY", "Rada Special Deterrence Force")]
    [InlineData("SDF", "SY", "SDF: Syrian Democratic Forces")]
    public void An_alias_shared_by_several_actors_takes_the_event_country(string alias, string iso2, string expected) =>
        Assert.Equal(expected, Name(alias, iso2));

    [Theory]
    [InlineData("a soldier", "NG", "Military Forces of Nigeria (2023-)")]
    [InlineData("un soldat", "ML", "Military Forces of Mali (2021-)")]
    [InlineData("les troupes", "BF", "Military Forces of Burkina Faso (2022-)")]
    [InlineData("un soldado", "CO", "Military Forces of Colombia (2022-)")]
    [InlineData("la Marina", "MX", "Military Forces of Mexico (2024-)")]
    [InlineData("la Armada", "CO", "Military Forces of Colombia (2022-)")]
    [InlineData("um soldado", "MZ", "Military Forces of Mozambique (2025-)")]
    [InlineData("جندي", "SD", "Military Forces of Sudan (2019-)")]
    [InlineData("جنديين", "SD", "Military Forces of Sudan (2019-)")]
    [InlineData("a police officer", "NG", "Police Forces of Nigeria (2023-)")]
    [InlineData("un policier", "ML", "Police Forces of Mali (2021-)")]
    [InlineData("la gendarmerie", "NE", "Police Forces of Niger (2023-)")]
    [InlineData("un policía", "CO", "Police Forces of Colombia (2022-)")]
    [InlineData("um policial", "BR", "Police Forces of Brazil (2023-)")]
    [InlineData("رجال الأمن", "JO", "Police Forces of Jordan (1999-)")]
    [InlineData("شرطي", "SD", "Police Forces of Sudan (2019-)")]
    public void One_soldier_or_officer_names_the_forces_of_the_event_country(string phrase, string iso2, string expected) =>
        Assert.Equal(expected, Name(phrase, iso2));

    [Theory]
    [InlineData("civilian casualties", "NG", "Civilians (Nigeria)")]
    [InlineData("des victimes civiles", "ML", "Civilians (Mali)")]
    [InlineData("víctimas civiles", "CO", "Civilians (Colombia)")]
    [InlineData("vítimas civis", "MZ", "Civilians (Mozambique)")]
    [InlineData("ضحايا مدنيين", "SD", "Civilians (Sudan)")]
    [InlineData("a merchant ship", "YE", "Civilians (International)")]
    [InlineData("un navire marchand", "YE", "Civilians (International)")]
    [InlineData("un buque mercante", "YE", "Civilians (International)")]
    [InlineData("um navio mercante", "YE", "Civilians (International)")]
    [InlineData("سفينة تجارية", "YE", "Civilians (International)")]
    public void Civilian_casualties_are_civilians_and_a_ship_at_sea_is_international(string phrase, string iso2, string expected) =>
        Assert.Equal(expected, Name(phrase, iso2));

    [Theory]
    [InlineData("personas armadas", "MX")]
    [InlineData("individuos armados", "CO")]
    [InlineData("pessoas armadas", "BR")]
    [InlineData("personnes armées", "CD")]
    [InlineData("armed individuals", "NG")]
    public void Armed_people_are_an_unidentified_armed_group_not_civilians(string phrase, string iso2) =>
        Assert.Equal(ActorType.PoliticalMilitia, Resolve(phrase, iso2)?.Type);

    [Theory]
    [InlineData("حركة الشباب", "SO")] // "the al-Shabaab movement"
    [InlineData("وحركة الشباب", "SO")] // with the conjunction written on
    [InlineData("الشباب", "SO")] // "the youth": al-Shabaab only in a Somali event
    public void Al_shabaab_is_named_in_arabic(string phrase, string iso2) =>
        Assert.Equal("Al Shabaab", Name(phrase, iso2));

    [Theory]
    [InlineData("gunmen", true)]
    [InlineData("villagers", true)]
    [InlineData("protesters", true)]
    [InlineData("JNIM", false)]
    [InlineData("the army", false)]
    public void A_resolved_actor_says_whether_it_is_generic(string phrase, bool generic) =>
        Assert.Equal(generic, Resolve(phrase, "ML")!.IsGeneric);

    [Theory]
    [InlineData("separatist fighters", "CM", "Ambazonian Separatists")]
    [InlineData("les séparatistes", "CM", "Ambazonian Separatists")]
    public void Separatists_of_cameroon_are_the_ambazonian_separatists(string phrase, string iso2, string expected) =>
        Assert.Equal(expected, Name(phrase, iso2));

    [Fact]
    public void The_platform_coalition_is_named_only_with_its_capital()
    {
        Assert.Equal("Plateforme", Name("Plateforme", "ML"));
        Assert.Empty(Catalog.Matcher.Match(Tokenizer.Tokenize("une plateforme de propagande")));
    }

    [Fact]
    public void The_youth_of_another_country_are_nobody() =>
        Assert.Null(Resolve("الشباب", "EG"));

    [Theory]
    [InlineData("AA", "GB")]
    [InlineData("PM", "GB")]
    [InlineData("IS", "US")]
    [InlineData("the junta", "ML")]
    public void A_short_or_common_alias_means_nothing_outside_its_countries(string alias, string iso2)
    {
        var actor = Resolve(alias, iso2);
        Assert.True(actor is null || actor.Name.Contains(CountryCatalog.Default.ByIso2(iso2)!.Name, StringComparison.Ordinal), actor?.Name);
    }

    [Theory]
    [InlineData("aa")]
    [InlineData("pm")]
    [InlineData("let")]
    [InlineData("Is")]
    public void An_acronym_alias_in_another_case_is_an_ordinary_word(string word) =>
        Assert.Empty(Catalog.Matcher.Match(Tokenizer.Tokenize(word)));

    [Fact]
    public void The_afghan_taliban_are_a_rebel_group_before_august_2021_and_the_state_after()
    {
        Assert.Equal("Taliban", Name("Taliban", "AF", new DateOnly(2020, 6, 1)));
        Assert.Equal("Military Forces of Afghanistan (2021-)", Name("Taliban", "AF", new DateOnly(2023, 6, 1)));
    }

    private static ActorCatalog Load(string[]? actors = null, string[]? regimes = null) => new(
        CountryCatalog.Default,
        [.. (actors ?? ["Test Front\tRebel group\tML\t2020-01-01\t\tTest Front\tWikipedia: Test"]).Select(r => r.Split('\t'))],
        ResourceFile.ReadRows("state-forces.tsv"),
        [.. (regimes ?? ["ML\t2021-05-24\t2021-\tWikipedia: List of heads of state of Mali"]).Select(r => r.Split('\t'))],
        ResourceFile.ReadRows("generic-actors.tsv"));

    [Fact]
    public void Well_formed_rows_load() => Assert.Single(Load().NonStateActors);

    [Theory]
    [InlineData("Test Front\tRebel squad\tML\t\t\tTF\tWikipedia: Test", "unknown actor type")]
    [InlineData("Test Front\tRebel group\tML\t2020-31-01\t\tTF\tWikipedia: Test", "bad date")]
    [InlineData("Test Front\tRebel group\tQQ\t\t\tTF\tWikipedia: Test", "unknown country code 'QQ'")]
    [InlineData("Test Front\tRebel group\tML\t\t\t@QQ TF\tWikipedia: Test", "unknown country code 'QQ'")]
    [InlineData("Test Front\tRebel group\tML\t\t\tTF", "source")]
    [InlineData("Test Front\tRebel group\tML\t2022-01-01\t2021-01-01\tTF\tWikipedia: Test", "ends before it starts")]
    public void A_bad_actor_row_fails_loudly_at_start_up(string row, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => Load(actors: [row])).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("QQ\t2021-05-24\t2021-\tWikipedia: Test", "unknown country code 'QQ'")]
    [InlineData("ML\t2021-5-24\t2021-\tWikipedia: Test", "bad date")]
    [InlineData("ML\t2021-05-24\t2021-", "source")]
    public void A_bad_regime_row_fails_loudly_at_start_up(string row, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => Load(regimes: [row])).Message, StringComparison.Ordinal);

    [Fact]
    public void Every_regime_period_of_the_shipped_table_names_its_source() =>
        Assert.All(ResourceFile.ReadRows("regimes.tsv"), r => Assert.StartsWith("Wikipedia: ", ResourceFile.Field(r, 3), StringComparison.Ordinal));
}
