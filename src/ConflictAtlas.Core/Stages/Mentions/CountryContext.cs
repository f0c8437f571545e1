using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// How strongly a document is about each country: one point per unambiguous name or adjective, split between
/// countries when an adjective is shared ("Congolese"). The main country has the most points.
/// </summary>
public sealed class CountryContext
{
    private readonly Dictionary<string, double> _weights;

    private CountryContext(Dictionary<string, double> weights, Country? main)
    {
        _weights = weights;
        Main = main;
    }

    public Country? Main { get; }

    public double Weight(string iso2) => _weights.GetValueOrDefault(iso2);

    public IEnumerable<(string Iso2, double Weight)> Ranked => _weights.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value));

    public static CountryContext From(Document document, CountryCatalog countries)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(countries);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var cm in document.Countries.Select(m => m.Value))
        {
            foreach (var country in cm.Countries)
            {
                weights[country.Iso2] = weights.GetValueOrDefault(country.Iso2) + (1.0 / cm.Countries.Count);
            }
        }

        var main = weights.Count == 0 ? null : countries.ByIso2(weights.MaxBy(kv => kv.Value).Key);
        return new CountryContext(weights, main);
    }
}
