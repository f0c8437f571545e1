using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Catalogs;

/// <summary>The countries of <c>Resources/countries.tsv</c>, by ISO code and by every name and adjective.</summary>
public sealed class CountryCatalog
{
    private const string ArabicArticle = "\u0627\u0644";
    private const string ArabicFeminine = "\u0629";

    private readonly Dictionary<string, Country> _byIso2;
    private readonly HashSet<string> _properNameKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameKeys = new(StringComparer.Ordinal);

    public CountryCatalog(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        All = [.. countries];
        _byIso2 = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in All)
        {
            if (!_byIso2.TryAdd(country.Iso2, country))
            {
                throw new FormatException($"countries.tsv: {country.Iso2} is listed twice");
            }
        }

        Matcher = new PhraseMatcher<Country>();
        var adjectiveKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in All)
        {
            foreach (var name in country.AllNames)
            {
                _nameKeys.Add(Tokenizer.PhraseKey(name));
            }

            foreach (var name in country.AllNames.Concat(country.Demonyms))
            {
                Matcher.Add(name, country);
                _properNameKeys.Add(Tokenizer.PhraseKey(name));
            }

            foreach (var (form, language) in AdjectiveFormsByLanguage(country))
            {
                Matcher.Add(form, country);
                var key = Tokenizer.PhraseKey(form);
                adjectiveKeys.Add(key);
                if (!_adjectiveLanguages.TryGetValue(key, out var languages))
                {
                    _adjectiveLanguages[key] = languages = new HashSet<string>(StringComparer.Ordinal);
                }

                languages.Add(language);
            }
        }

        // A word that is a proper name in English and a lower-case adjective in another language ("Swiss"/"suisse"
        // differ, but a shared spelling would) is not required to be capitalised.
        _adjectiveOnlyKeys = [.. adjectiveKeys.Except(_properNameKeys)];
        _properNameKeys.ExceptWith(adjectiveKeys);
    }

    private readonly HashSet<string> _adjectiveOnlyKeys;

    /// <summary>The languages whose adjective each folded form is ("indiana": Spanish and Portuguese).</summary>
    private readonly Dictionary<string, HashSet<string>> _adjectiveLanguages = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the folded phrase is a French, Spanish, Portuguese or Arabic adjective of <paramref name="language"/>:
    /// a report in English uses none of them, so "Indiana" opening an English sentence names no country.
    /// </summary>
    public bool IsAdjectiveIn(string phraseKey, string language) =>
        _adjectiveLanguages.TryGetValue(phraseKey, out var languages) && languages.Contains(language);

    /// <summary>
    /// Whether the folded phrase is only a French, Spanish, Portuguese or Arabic adjective, written in lower case
    /// but at the start of a sentence: "Indiana" in an English sentence is no Portuguese "indiana".
    /// </summary>
    public bool IsLowerCaseAdjective(string phraseKey) => _adjectiveOnlyKeys.Contains(phraseKey);

    /// <summary>
    /// Whether the folded phrase is a country name or an English adjective, written with a capital in languages
    /// that have capitals ("Chad", "Turkish"), unlike the French, Spanish and Portuguese adjectives ("tchadien").
    /// </summary>
    public bool IsProperName(string phraseKey) => _properNameKeys.Contains(phraseKey);

    /// <summary>Whether the folded phrase is a country's name or other name, not an adjective.</summary>
    public bool IsName(string phraseKey) => _nameKeys.Contains(phraseKey);

    public static CountryCatalog Default { get; } = Load();

    public IReadOnlyList<Country> All { get; }

    /// <summary>Finds country names and adjectives ("Mali", "Malian", "maliennes") in tokens.</summary>
    public PhraseMatcher<Country> Matcher { get; }

    public Country? ByIso2(string? iso2) => iso2 is not null && _byIso2.TryGetValue(iso2, out var c) ? c : null;

    /// <summary>A country by ISO numeric code ("466"), ISO3 ("MLI"), ISO2 ("ML") or name ("Mali", "Côte d'Ivoire").</summary>
    public Country? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numeric))
        {
            return All.FirstOrDefault(c => c.IsoNumeric == numeric);
        }

        return All.FirstOrDefault(c => string.Equals(c.Iso3, text, StringComparison.OrdinalIgnoreCase))
            ?? ByIso2(text.ToUpperInvariant())
            ?? ByName(text);
    }

    public Country? ByName(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase) ||
                                c.OtherNames.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Every form of the country's French, Spanish, Portuguese and Arabic adjectives.</summary>
    public static IEnumerable<string> AdjectiveForms(Country country) =>
        AdjectiveFormsByLanguage(country).Select(f => f.Form).Distinct(StringComparer.Ordinal);

    /// <summary>Every form of the country's French, Spanish, Portuguese and Arabic adjectives, with its language.</summary>
    public static IEnumerable<(string Form, string Language)> AdjectiveFormsByLanguage(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return country.FrenchDemonyms.SelectMany(FrenchForms).Select(f => (f, "fr"))
            .Concat(country.SpanishDemonyms.SelectMany(IberianForms).Select(f => (f, "es")))
            .Concat(country.PortugueseDemonyms.SelectMany(IberianForms).Select(f => (f, "pt")))
            .Concat(country.ArabicDemonyms.SelectMany(ArabicForms).Select(f => (f, "ar")));
    }

    /// <summary>
    /// The forms of a Spanish or Portuguese adjective given in the masculine singular: mexicano, mexicana, mexicanos,
    /// mexicanas; francés, francesa, franceses; español, española, españoles; alemão, alemã, alemães; iraquí, iraquíes.
    /// </summary>
    public static IEnumerable<string> IberianForms(string masculine)
    {
        ArgumentNullException.ThrowIfNull(masculine);
        string[] forms = masculine switch
        {
            _ when masculine.EndsWith("ão", StringComparison.Ordinal) =>
                [masculine, masculine[..^2] + "ã", masculine[..^2] + "ães", masculine[..^2] + "ãs", masculine + "s"],
            _ when masculine.EndsWith('o') => [masculine, masculine[..^1] + "a", masculine + "s", masculine[..^1] + "as"],
            _ when masculine.EndsWith("és", StringComparison.Ordinal) || masculine.EndsWith("ês", StringComparison.Ordinal) =>
                [masculine, masculine[..^2] + "esa", masculine[..^2] + "eses", masculine[..^2] + "esas"],
            _ when masculine.EndsWith("án", StringComparison.Ordinal) || masculine.EndsWith("ín", StringComparison.Ordinal) =>
                [masculine, Unaccent(masculine) + "a", Unaccent(masculine) + "es", Unaccent(masculine) + "as"],
            _ when masculine.EndsWith('l') || masculine.EndsWith('r') || masculine.EndsWith('n') || masculine.EndsWith('z') =>
                [masculine, masculine + "a", masculine + "es", masculine + "as"],
            _ when masculine.EndsWith('í') || masculine.EndsWith('ú') => [masculine, masculine + "es", masculine + "s"],
            _ => [masculine, masculine + "s"],
        };
        return forms.Distinct(StringComparer.Ordinal);
    }

    /// <summary>An Arabic adjective with and without the article, masculine and feminine: سوري، السوري، سورية، السورية.</summary>
    public static IEnumerable<string> ArabicForms(string masculine)
    {
        ArgumentNullException.ThrowIfNull(masculine);
        var feminine = masculine + ArabicFeminine;
        return [masculine, ArabicArticle + masculine, feminine, ArabicArticle + feminine];
    }

    private static string Unaccent(string word) => word[..^2] + (word[^2] == 'á' ? 'a' : 'i') + word[^1];

    /// <summary>The four forms of a French adjective given in the masculine singular: malien, malienne, maliens, maliennes.</summary>
    public static IEnumerable<string> FrenchForms(string masculine)
    {
        ArgumentNullException.ThrowIfNull(masculine);
        var feminine = masculine.EndsWith("en", StringComparison.Ordinal) || masculine.EndsWith("on", StringComparison.Ordinal)
            ? masculine + "ne"
            : masculine.EndsWith('e') ? masculine : masculine + "e";
        var plural = masculine.EndsWith('s') ? masculine : masculine + "s";
        return new[] { masculine, feminine, plural, feminine.EndsWith('s') ? feminine : feminine + "s" }.Distinct();
    }

    private static CountryCatalog Load() => new(ResourceFile.ReadRows("countries.tsv").Select(Parse));

    /// <summary>One row of <c>countries.tsv</c>; a row with a missing field or a bad number fails with its line.</summary>
    public static Country Parse(string[] r)
    {
        ArgumentNullException.ThrowIfNull(r);
        // The last column, the capital, may be left off.
        const int Columns = 14;
        if (r.Length is not (Columns or Columns - 1) || r[0].Trim().Length != 2 || r[1].Trim().Length != 3 || r[3].Trim().Length == 0)
        {
            throw new FormatException($"countries.tsv: bad row '{string.Join('\t', r)}' ({Columns} columns: iso2, iso3, number, name, ...)");
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (!int.TryParse(r[2], invariant, out var numeric) || !double.TryParse(r[11], invariant, out var lat) ||
            !double.TryParse(r[12], invariant, out var lon) || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw new FormatException($"countries.tsv: bad number or coordinates in the row of {r[0]}");
        }

        return new Country(
            r[0].Trim(), r[1].Trim(), numeric, r[3].Trim(), ResourceFile.SplitList(r[4]), ResourceFile.SplitList(r[5]),
            ResourceFile.SplitList(r[6]), r[10].Trim(), lat, lon)
        {
            SpanishDemonyms = ResourceFile.SplitList(r[7]),
            PortugueseDemonyms = ResourceFile.SplitList(r[8]),
            ArabicDemonyms = ResourceFile.SplitList(r[9]),
            Capital = r.Length == Columns && r[13].Trim() is { Length: > 0 } capital ? capital : null,
        };
    }
}
