using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// How strongly a document is about each country: one point per unambiguous name or adjective, split between
/// countries when an adjective is shared ("Congolese"), and half a point per mention of a named actor of one country.
/// The main country has the most points. A country named across a border ("near the Nigerian border") or joined to
/// the next word ("French-speaking") gets none: it only tells the part of the world.
/// </summary>
public sealed class CountryContext
{
    /// <summary>What a mention of a named actor of one country ("CODECO") adds to that country, beside a name's 1.</summary>
    private const double ActorWeight = 0.5;

    private readonly Dictionary<string, double> _named;
    private readonly Dictionary<string, double> _weights;
    private readonly HashSet<string> _continents;

    private CountryContext(Dictionary<string, double> named, Dictionary<string, double> weights, Country? main, HashSet<string> continents)
    {
        _named = named;
        _weights = weights;
        Main = main;
        _continents = continents;
    }

    public Country? Main { get; }

    /// <summary>The weight of a country: its names and adjectives, and the named actors that belong to it.</summary>
    public double Weight(string iso2) => _weights.GetValueOrDefault(iso2);

    /// <summary>
    /// Whether a country lies in the part of the world of a country of the report (true when there is none): "talks in
    /// Doha" in a report about the Congo, or a village namesake in Romania in a report about CODECO, is far from its
    /// events.
    /// </summary>
    public bool IsNear(Country? country) => _continents.Count == 0 || (country is not null && _continents.Contains(country.Continent));

    /// <summary>
    /// Whether the report's named actors point to countries ("CODECO": the Congo) other than <paramref name="iso2"/>,
    /// beyond the countries it names.
    /// </summary>
    public bool IsActorCountryElsewhere(string iso2) =>
        _weights.Count > _named.Count && _weights.GetValueOrDefault(iso2) <= _named.GetValueOrDefault(iso2);

    /// <summary>The countries the report names (names and adjectives only), most named first.</summary>
    public IEnumerable<(string Iso2, double Weight)> Ranked => _named.OrderByDescending(kv => kv.Value).Select(kv => (kv.Key, kv.Value));

    public static CountryContext From(Document document, CountryCatalog countries)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(countries);
        var named = new Dictionary<string, double>(StringComparer.Ordinal);
        var neighbours = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cm in document.Countries.Select(m => m.Value))
        {
            if (!cm.Places)
            {
                // "near the Nigerian border", "French-speaking": the neighbour across a border or a name describing
                // something else tells the part of the world, not the country.
                neighbours.UnionWith(cm.Countries.Select(c => c.Iso2));
                continue;
            }

            foreach (var country in cm.Countries)
            {
                named[country.Iso2] = named.GetValueOrDefault(country.Iso2) + (1.0 / cm.Countries.Count);
            }
        }

        // Named actors that belong to one country ("CODECO", "FARDC") weigh for it too, so a report that names no
        // country still has one to prefer among namesakes and a part of the world.
        var weights = new Dictionary<string, double>(named, StringComparer.Ordinal);
        foreach (var iso2 in document.Actors.Select(m => OwnCountry(m.Value)).OfType<string>())
        {
            weights[iso2] = weights.GetValueOrDefault(iso2) + ActorWeight;
        }

        var main = weights.Count == 0 ? null : countries.ByIso2(weights.MaxBy(kv => kv.Value).Key);
        var continents = weights.Keys.Concat(neighbours).Select(countries.ByIso2).OfType<Country>().Select(c => c.Continent).ToHashSet(StringComparer.Ordinal);
        return new CountryContext(named, weights, main, continents);
    }

    /// <summary>
    /// The one country of a named actor mention whatever the event's country, or null: an alias bound to a country
    /// ("@SY IS") follows the context rather than telling it, and a word every country shares ("the army") tells none.
    /// </summary>
    private static string? OwnCountry(ActorMention mention)
    {
        string? iso2 = null;
        foreach (var alias in mention.Aliases.Where(a => a.RequiresCountryIso2 is null))
        {
            if (alias.Actor.IsGeneric || alias.Actor.CountryIso2 is null || (iso2 is not null && iso2 != alias.Actor.CountryIso2))
            {
                return null;
            }

            iso2 = alias.Actor.CountryIso2;
        }

        return iso2;
    }
}
