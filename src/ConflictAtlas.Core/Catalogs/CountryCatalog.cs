using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Catalogs;

/// <summary>The countries of <c>Resources/countries.tsv</c>, by ISO code and by every name and adjective.</summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byIso2;

    public CountryCatalog(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        All = [.. countries];
        _byIso2 = All.ToDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);
        Matcher = new PhraseMatcher<Country>();
        foreach (var country in All)
        {
            foreach (var name in country.OtherNames.Prepend(country.Name).Concat(country.Demonyms))
            {
                Matcher.Add(name, country);
            }

            foreach (var form in country.FrenchDemonyms.SelectMany(FrenchForms))
            {
                Matcher.Add(form, country);
            }
        }
    }

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

    private static CountryCatalog Load() =>
        new(ResourceFile.ReadRows("countries.tsv").Select(r => new Country(
            r[0].Trim(), r[1].Trim(), int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), r[3].Trim(),
            ResourceFile.SplitList(ResourceFile.Field(r, 4)), ResourceFile.SplitList(ResourceFile.Field(r, 5)),
            ResourceFile.SplitList(ResourceFile.Field(r, 6)), ResourceFile.Field(r, 7),
            double.Parse(r[8], System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(r[9], System.Globalization.CultureInfo.InvariantCulture))));
}
