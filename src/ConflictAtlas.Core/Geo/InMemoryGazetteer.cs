using System.Globalization;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Geo;

/// <summary>
/// A gazetteer held in memory. <see cref="Supplement"/> is the curated file shipped in the repository
/// (<c>Resources/gazetteer-supplement.tsv</c>) for places the GeoNames packages lack or misplace.
/// </summary>
public sealed class InMemoryGazetteer : IGazetteer
{
    private readonly Dictionary<string, List<GazetteerEntry>> _byKey = new(StringComparer.Ordinal);

    public InMemoryGazetteer(IEnumerable<(GazetteerEntry Entry, IEnumerable<string> Names)> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        foreach (var (entry, names) in places)
        {
            Add(entry, names);
        }
    }

    public static InMemoryGazetteer Supplement { get; } = new(ReadSupplement(ResourceFile.ReadRows("gazetteer-supplement.tsv")));

    public int MaxNameTokens { get; private set; } = 1;

    public int Count => _byKey.Values.SelectMany(v => v).Distinct().Count();

    public IReadOnlyList<GazetteerEntry> Lookup(string placeKey) =>
        _byKey.TryGetValue(placeKey, out var list) ? list : [];

    public GazetteerEntry? FindAdmin1(string countryIso2, string admin1Name) =>
        Lookup(TextNormalizer.PlaceKey(admin1Name)).FirstOrDefault(e => e.IsAdmin1 && e.CountryIso2 == countryIso2);

    public void Add(GazetteerEntry entry, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names.Prepend(entry.Name))
        {
            var key = TextNormalizer.PlaceKey(name);
            if (key.Length == 0)
            {
                continue;
            }

            if (!_byKey.TryGetValue(key, out var list))
            {
                list = [];
                _byKey[key] = list;
            }

            if (!list.Contains(entry))
            {
                list.Add(entry);
            }

            MaxNameTokens = Math.Max(MaxNameTokens, Tokenizer.Tokenize(name).Count);
        }
    }

    /// <summary>
    /// Rows of the supplement: id, name, alternate names (|), country ISO2, admin1, admin2, latitude, longitude,
    /// population, feature class, feature code, source of the coordinates.
    /// </summary>
    public static IEnumerable<(GazetteerEntry, IEnumerable<string>)> ReadSupplement(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var r in rows)
        {
            var entry = new GazetteerEntry(
                "supplement:" + r[0].Trim(), r[1].Trim(), r[3].Trim(), NullIfEmpty(ResourceFile.Field(r, 4)), NullIfEmpty(ResourceFile.Field(r, 5)),
                double.Parse(r[6], CultureInfo.InvariantCulture), double.Parse(r[7], CultureInfo.InvariantCulture),
                long.Parse(ResourceFile.Field(r, 8) is { Length: > 0 } p ? p : "0", CultureInfo.InvariantCulture),
                ResourceFile.Field(r, 9) is { Length: > 0 } fc ? fc[0] : 'P', ResourceFile.Field(r, 10), ResourceFile.Field(r, 11));
            yield return (entry, ResourceFile.SplitList(ResourceFile.Field(r, 2)));
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
