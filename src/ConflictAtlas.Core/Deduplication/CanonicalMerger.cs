using System.Text.Json.Nodes;

namespace ConflictAtlas.Core.Deduplication;

/// <summary>
/// Reconciles the reports of one event: the most precise date and place, the most complete actor pair, and
/// fatalities by ACLED's conservative rule over every claim of every report (lowest exact claim; low and high
/// over all claims).
/// </summary>
public static class CanonicalMerger
{
    private static readonly string[] DateFields = ["event_date", "time_precision"];

    private static readonly string[] PlaceFields =
        ["iso", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "location_reason"];

    private static readonly string[] ActorFields =
        ["actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "ucdp_type_of_violence"];

    public static CanonicalEvent Merge(IReadOnlyList<AtomView> atoms)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        if (atoms.Count == 0)
        {
            throw new ArgumentException("an event needs at least one report", nameof(atoms));
        }

        var ordered = atoms.OrderBy(a => a.AtomId).ToList();
        var first = ordered[0];
        var record = (JsonObject)first.Record.DeepClone();
        record.Remove("evidence");

        var dated = ordered
            .Where(a => a.Key.Date is not null)
            .OrderBy(a => a.Key.IsReadDay)
            .ThenBy(a => a.Key.TimePrecision)
            .ThenByDescending(a => ordered.Count(o => o.Key.Date == a.Key.Date))
            .ThenBy(a => a.Key.Date)
            .FirstOrDefault() ?? first;
        var placed = ordered
            .Where(a => a.Key.Latitude is not null)
            .OrderBy(a => a.Key.GeoPrecision)
            .ThenByDescending(a => ordered.Count(o => o.Key.GazetteerId is not null && o.Key.GazetteerId == a.Key.GazetteerId))
            .FirstOrDefault() ?? first;
        var acted = ordered
            .OrderByDescending(a => (a.Key.Actor1.Length > 0 ? 1 : 0) + (a.Key.Actor2.Length > 0 ? 1 : 0))
            .First();

        Copy(dated.Record, record, DateFields);
        Copy(placed.Record, record, PlaceFields);
        Copy(acted.Record, record, ActorFields);
        record["confidence"] = ordered.Max(a => a.Record["confidence"]?.GetValue<double>() ?? 0);

        var claims = new JsonArray();
        foreach (var atom in ordered)
        {
            foreach (var claim in atom.Record["claims"]?.AsArray() ?? [])
            {
                if (claim is JsonObject c)
                {
                    var copy = (JsonObject)c.DeepClone();
                    copy["source"] = atom.Uri;
                    claims.Add(copy);
                }
            }
        }

        var (best, low, high) = Fatalities(ordered);
        record["fatalities"] = best;
        record["fatalities_low"] = low;
        record["fatalities_high"] = high;
        record["claims"] = claims;

        var key = first.Key with
        {
            Actor1 = acted.Key.Actor1,
            Actor2 = acted.Key.Actor2,
            Iso = placed.Key.Iso,
            GazetteerId = placed.Key.GazetteerId,
            Latitude = placed.Key.Latitude,
            Longitude = placed.Key.Longitude,
            GeoPrecision = placed.Key.GeoPrecision,
            Admin1 = placed.Key.Admin1,
            Admin2 = placed.Key.Admin2,
            Location = placed.Key.Location,
            Date = dated.Key.Date,
            TimePrecision = dated.Key.TimePrecision,
            DateSource = dated.Key.DateSource,
        };
        return new CanonicalEvent(record, key);
    }

    /// <summary>
    /// ACLED's conservative rule across reports: each report's own figure (which already adds up the sides it
    /// counts and sets its partisan or vague figures aside), then the lowest of the reports that gave an exact
    /// figure; vague words only when nobody gave one; 0 without claims. The range spans every claim.
    /// </summary>
    private static (int Best, int Low, int High) Fatalities(IReadOnlyList<AtomView> atoms)
    {
        var figures = new List<(int Number, bool Vague)>();
        var numbers = new List<int>();
        foreach (var atom in atoms)
        {
            var claims = (atom.Record["claims"]?.AsArray() ?? []).OfType<JsonObject>()
                .Select(c => (Number: c["fatalities"]?.GetValue<int>() ?? 0, Vague: c["vague"]?.GetValue<bool>() ?? false))
                .ToList();
            if (claims.Count == 0)
            {
                continue;
            }

            var exact = claims.Where(c => !c.Vague).ToList();
            var own = atom.Record["fatalities"]?.GetValue<int>() ?? (exact.Count > 0 ? exact : claims).Min(c => c.Number);
            figures.Add((own, exact.Count == 0));
            numbers.AddRange(claims.Select(c => c.Number));
            numbers.Add(own);
        }

        if (figures.Count == 0)
        {
            return (0, 0, 0);
        }

        var exactFigures = figures.Where(f => !f.Vague).ToList();
        var best = (exactFigures.Count > 0 ? exactFigures : figures).Min(f => f.Number);
        return (best, numbers.Min(), numbers.Max());
    }

    private static void Copy(JsonObject from, JsonObject to, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            to[field] = from[field]?.DeepClone();
        }
    }
}
