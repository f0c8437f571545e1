using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// How strongly a document is about each country: one point per unambiguous name or adjective, split between
/// countries when an adjective is shared ("Congolese"), and half a point per mention of a named actor that belongs to
/// one country ("CODECO", "FARDC"), so a report that names no country still has one. The main country has the most
/// points.
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

    private const double ActorWeight = 0.5;

    /// <summary>
    /// The one country of a named actor mention whatever the event's country, or null: an alias bound to a country
    /// ("@SY IS") follows the context rather than telling it, and a word every country shares ("the army") tells none.
    /// </summary>
    private static string? OwnCountry(ActorMention mention)
    {
        string? iso2 = null;
        foreach (var alias in mention.Aliases)
        {
            if (alias.RequiresCountryIso2 is not null)
            {
                continue;
            }

            if (alias.Actor.IsGeneric || alias.Actor.CountryIso2 is null || (iso2 is not null && iso2 != alias.Actor.CountryIso2))
            {
                return null;
            }

            iso2 = alias.Actor.CountryIso2;
        }

        return iso2;
    }

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

        foreach (var am in document.Actors.Select(m => m.Value))
        {
            if (OwnCountry(am) is { } iso2)
            {
                weights[iso2] = weights.GetValueOrDefault(iso2) + ActorWeight;
            }
        }

        var main = weights.Count == 0 ? null : countries.ByIso2(weights.MaxBy(kv => kv.Value).Key);
        return new CountryContext(weights, main);
    }
}
