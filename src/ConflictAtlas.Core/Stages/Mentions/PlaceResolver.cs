using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// Chooses among same-named places. Evidence, strongest first: the document's country context (names and
/// adjectives of countries), a region of the candidate named in the text ("Kidal region"), other places of the
/// text in the same country, then population and feature class. Every choice returns a short reason.
/// </summary>
public sealed class PlaceResolver(CountryContext context, IReadOnlyList<GazetteerEntry> allCandidates, string text)
{
    /// <summary>Places at least this populous count as known towns even at the start of a sentence.</summary>
    public const long LargeTownPopulation = 50_000;

    /// <summary>A namesake outside the document's countries must be a capital or at least this populous to be taken.</summary>
    public const long WellKnownCityPopulation = 1_000_000;

    private const double CountryWeight = 3.0;

    // "the region of Mopti", "la région de Gao" (folded).
    private static readonly string[] RegionOf = [.. WordLists.Default.Folded(WordList.RegionOf)];

    /// <summary>"the municipality of Los Reyes", "el municipio de X" (folded).</summary>
    private static readonly string[] MunicipalityOf = [.. WordLists.Default.Folded(WordList.MunicipalityOf)];

    /// <summary>A municipality named before the name: the town whose municipality (GeoNames admin2) bears that name
    /// outweighs a namesake village's own spelling, not a region written after the name.</summary>
    private static readonly double MunicipalityWeight = CodingThresholds.Default.MunicipalityWeight;

    /// <summary>How far before a name its municipality cue is looked for, in characters ("in the municipality of ").</summary>
    private static readonly int MunicipalityCueReach = CodingThresholds.Default.MunicipalityCueReach;

    /// <summary>"Mopti region", "Gao province" (folded).</summary>
    private static readonly string[] RegionAfter = [.. WordLists.Default.Folded(WordList.RegionWords)];
    private const double PrimaryNameWeight = 1.0;
    private const double ExactSpellingWeight = 1.5;
    private const double Admin1Weight = 4.0;
    private const double NeighbourWeight = 1.0;
    private const double PopulationWeight = 0.3;

    /// <summary>The text folded once for every place it resolves.</summary>
    private string? foldedText;

    /// <summary>Whether the folded text contains each folded region name asked about.</summary>
    private readonly Dictionary<string, bool> regionNamed = new(StringComparer.Ordinal);

    /// <summary>The candidates of the document per country, and per country and name: the neighbours of a candidate
    /// are those of its country under another name.</summary>
    private Dictionary<string, int>? perCountry;
    private Dictionary<(string Country, string Name), int>? perCountryName;

    /// <summary>The candidate's region written right after its name ("Monroe, La.", "Fresno, California") outweighs every
    /// other cue but the country.</summary>
    private const double AdjacentRegionWeight = 8.0;

    /// <summary>The candidate of the name at <c>span</c> that the evidence favours, with the reason. <c>cue</c> is the place
    /// cue before the name ("in", "the town of"), if any: a cue of more than one word that is not a region's ("the town
    /// of", "el municipio de") says the name is a town.</summary>
    public (GazetteerEntry? Entry, string Reason) Resolve(string surface, IReadOnlyList<GazetteerEntry> candidates, Text.TextSpan span, string? cue = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return (null, $"'{surface}' is not in the gazetteer: left unresolved");
        }

        var folded = foldedText ??= TextNormalizer.Fold(text);
        var scored = candidates.Select(c => (Entry: c, Score: Score(c, span, folded))).OrderByDescending(s => s.Score).ThenByDescending(s => s.Entry.Population).ToList();
        var best = scored[0];
        if (scored.Count == 1)
        {
            return (best.Entry, $"only gazetteer match ({best.Entry.CountryIso2})");
        }

        // Whether the text names the best candidate's region, and whether right after its name.
        var regionNextToIt = IsNextToItsRegion(best.Entry, span);
        var regionNamed = regionNextToIt || NamesRegionOf(best.Entry, folded, span);

        // "Delhi" in a report that also names the United States is the Indian city, not a small American namesake:
        // a small town wins over a world city only when the text names its region.
        if (!IsWorldCity(best.Entry) && !regionNamed &&
            scored.Select(s => s.Entry).FirstOrDefault(e => IsWorldCity(e) && e.Population >= WorldCityRatio * Math.Max(1, best.Entry.Population)) is { } city)
        {
            return (city, $"the world city {city.Name} ({city.CountryIso2}) beat a small namesake ({best.Entry.CountryIso2}) whose region the text does not name");
        }

        // "California", "La Libertad" named alone: the first-order region, not a small town of its name in another region.
        if (!best.Entry.IsAdmin1 && !NamesATown(cue) &&
            !regionNamed &&
            scored.Select(s => s.Entry).FirstOrDefault(e => e.IsAdmin1 && RegionBeatsTown(e, best.Entry)) is { } region)
        {
            return (region, $"the region {region.Name} ({region.CountryIso2}) named alone beat a small town of its name in {best.Entry.Admin1}");
        }

        if (regionNextToIt)
        {
            return (best.Entry, $"{best.Entry.Name} in {best.Entry.Admin1} ({best.Entry.CountryIso2}): its region is written right after it");
        }

        var rival = scored.FirstOrDefault(s => s.Entry.CountryIso2 != best.Entry.CountryIso2);
        var reason = rival.Entry is not null
            ? $"{CountryName(best.Entry.CountryIso2)} context beat the {CountryName(rival.Entry.CountryIso2)} namesake"
            : $"{best.Entry.Name} ({best.Entry.FeatureCode}) chosen over {scored.Count - 1} same-country namesake(s) by region, neighbours and population";
        return (best.Entry, reason);
    }

    /// <summary>
    /// Whether a gazetteer entry may stand for a name of the text. Curated entries always may. When the text names
    /// countries, an entry elsewhere must be a well-known city under its own name ("fled to Khartoum"); with no
    /// country named, an entry needs its own name and a cue ("in", "the town of") or a large population; but when the
    /// report's named actors belong to one country ("CODECO"), an entry elsewhere must again be a well-known city in the
    /// same part of the world (not a namesake village in Romania). This keeps
    /// "Police", "Union", "Ber" or "Palma, in northern Mozambique" from landing on namesakes abroad.
    /// </summary>
    public static bool IsPlausible(CountryContext context, GazetteerEntry candidate, string surfaceKey, bool hasCue)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Id.StartsWith("supplement:", StringComparison.Ordinal))
        {
            return true;
        }

        var ownName = IsOwnName(candidate, surfaceKey);
        if (context.Ranked.Any())
        {
            return context.Weight(candidate.CountryIso2) > 0 ||
                   (ownName && IsWorldCity(candidate));
        }

        // No country named, but named actors of one country ("CODECO"): a namesake elsewhere must be a well-known city
        // in the same part of the world, as when a country is named.
        return ownName && (context.IsActorCountryElsewhere(candidate.CountryIso2)
            ? IsWorldCity(candidate) && context.IsNear(Catalogs.CountryCatalog.Default.ByIso2(candidate.CountryIso2))
            : hasCue || candidate.Population >= LargeTownPopulation);
    }

    /// <summary>
    /// Whether the text names the place by its own name: its primary name, or its name in the script of the text when
    /// that is not Latin. GeoNames writes primary names in Latin letters and a place's Arabic name among its alternate
    /// names, and the gazetteer keeps names in another script only for a language the coder reads.
    /// </summary>
    private static bool IsOwnName(GazetteerEntry candidate, string surfaceKey) =>
        TextNormalizer.PlaceKey(candidate.Name) == surfaceKey || (!IsLatin(surfaceKey) && IsLatin(candidate.Name));

    private static bool IsLatin(string name) => !name.Any(c => c > LastLatinLetter && char.IsLetter(c));

    /// <summary>The last letter of the Latin Extended-B block: names of letters up to it are in Latin script.</summary>
    private const char LastLatinLetter = '\u024F';

    /// <summary>A world city outweighs a namesake this many times smaller.</summary>
    private const long WorldCityRatio = 20;

    private static bool IsWorldCity(GazetteerEntry entry) =>
        entry.IsPopulated && (entry.FeatureCode == "PPLC" || entry.Population >= WellKnownCityPopulation);

    /// <summary>Whether the text names the region of <paramref name="entry"/> other than by the name being resolved:
    /// "Sinaloa" alone does not name the region of Sinaloa de Leyva (a namesake of its own region), "Culiacán, Sinaloa"
    /// does name Culiacán's, and "Tombouctou" names the region whose seat Timbuktu is.</summary>
    private bool NamesRegionOf(GazetteerEntry entry, string foldedText, Text.TextSpan span)
    {
        if (entry.Admin1 is not { Length: > 0 } admin1)
        {
            return false;
        }

        var region = TextNormalizer.Fold(admin1);
        if (string.Equals(region, TextNormalizer.Fold(entry.Name), StringComparison.Ordinal))
        {
            return false;
        }

        var surface = span.End <= foldedText.Length ? foldedText[span.Start..span.End] : string.Empty;
        // The seat of a region goes by the region's name ("Tombouctou" for Timbuktu): the name then names its region.
        var key = surface.Contains(region, StringComparison.Ordinal) && !IsSeat(entry) ? region + "\t" + surface : region;
        if (!regionNamed.TryGetValue(key, out var named))
        {
            named = key.Length == region.Length
                ? foldedText.Contains(region, StringComparison.Ordinal)
                : NamedOutside(foldedText, region, surface);
            regionNamed[key] = named;
        }

        return named;
    }

    /// <summary>Whether <paramref name="region"/> occurs in the text outside every occurrence of
    /// <paramref name="surface"/>, a name that contains it.</summary>
    private static bool NamedOutside(string foldedText, string region, string surface)
    {
        var offset = surface.IndexOf(region, StringComparison.Ordinal);
        for (var at = foldedText.IndexOf(region, StringComparison.Ordinal); at >= 0; at = foldedText.IndexOf(region, at + 1, StringComparison.Ordinal))
        {
            var start = at - offset;
            if (start < 0 || start + surface.Length > foldedText.Length ||
                string.CompareOrdinal(foldedText, start, surface, 0, surface.Length) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cue of more than one word that names no region ("the town of", "la ville de") comes before the name.</summary>
    private static bool NamesATown(string? cue) =>
        cue is { } c && c.Trim().Contains(' ', StringComparison.Ordinal) && !RegionOf.Any(r => TextNormalizer.Fold(c).Contains(r, StringComparison.Ordinal));

    /// <summary>
    /// Whether a region outranks a town of its name: the town is small, is not the region's seat (a region's own seat
    /// keeps its name: Kidal town in the Kidal region; Sinaloa de Leyva, a town of the Sinaloa state, does not), has no
    /// region of its own written by it (the caller checks that), and the text's countries favour the town's country no
    /// more than the region's.
    /// </summary>
    private bool RegionBeatsTown(GazetteerEntry region, GazetteerEntry town) =>
        town.Population < LargeTownPopulation &&
        !(IsSeat(town) && RegionNames.Same(town.Admin1 ?? string.Empty, region.Admin1 ?? region.Name)) &&
        context.Weight(region.CountryIso2) >= context.Weight(town.CountryIso2);

    /// <summary>The seat of a first-order region, or a national capital (GeoNames PPLA, PPLC).</summary>
    private static bool IsSeat(GazetteerEntry town) => town.FeatureCode is "PPLA" or "PPLC";

    /// <summary>
    /// Whether the candidate's region follows its name after a comma, written out ("Monroe, Louisiana") or abbreviated
    /// as <c>region-abbreviations.tsv</c> lists ("Monroe, La.").
    /// </summary>
    private bool IsNextToItsRegion(GazetteerEntry candidate, Text.TextSpan span)
    {
        if (candidate.IsAdmin1 || candidate.Admin1 is not { Length: > 0 } admin1)
        {
            return false;
        }

        var at = span.End;
        if (at >= text.Length || text[at] != ',')
        {
            return false;
        }

        at++;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        if (RegionAbbreviations.Default.At(text, at) is { } abbreviated)
        {
            return abbreviated.CountryIso2 == candidate.CountryIso2 &&
                   string.Equals(TextNormalizer.Fold(abbreviated.Admin1), TextNormalizer.Fold(admin1), StringComparison.Ordinal);
        }

        var end = at + admin1.Length;
        return end <= text.Length && (end == text.Length || !char.IsLetter(text[end])) &&
               string.Equals(TextNormalizer.Fold(text[at..end]), TextNormalizer.Fold(admin1), StringComparison.Ordinal);
    }

    /// <summary>How many other candidates of the document lie in the candidate's country under another name.</summary>
    private int Neighbours(GazetteerEntry candidate)
    {
        if (perCountry is null || perCountryName is null)
        {
            perCountry = [];
            perCountryName = [];
            foreach (var other in allCandidates)
            {
                perCountry[other.CountryIso2] = perCountry.GetValueOrDefault(other.CountryIso2) + 1;
                perCountryName[(other.CountryIso2, other.Name)] = perCountryName.GetValueOrDefault((other.CountryIso2, other.Name)) + 1;
            }
        }

        return perCountry.GetValueOrDefault(candidate.CountryIso2) - perCountryName.GetValueOrDefault((candidate.CountryIso2, candidate.Name));
    }

    private double Score(GazetteerEntry candidate, Text.TextSpan span, string foldedText)
    {
        var score = CountryWeight * Math.Log(1 + context.Weight(candidate.CountryIso2));
        if (TextNormalizer.PlaceKey(candidate.Name) == TextNormalizer.PlaceKey(span.Of(text)))
        {
            score += PrimaryNameWeight;
        }

        if (string.Equals(TextNormalizer.Fold(candidate.Name), TextNormalizer.Fold(span.Of(text)), StringComparison.Ordinal))
        {
            // The very spelling of the text ("Kisii") beats a name that only matches after folding ("Kisi").
            score += ExactSpellingWeight;
        }

        if (!candidate.IsAdmin1 && NamesRegionOf(candidate, foldedText, span))
        {
            score += Admin1Weight;
        }

        if (IsNextToItsRegion(candidate, span))
        {
            score += AdjacentRegionWeight;
        }

        score += NeighbourWeight * Math.Log(1 + Neighbours(candidate));
        score += PopulationWeight * Math.Log10(1 + candidate.Population);
        // A populated place is a better event location than an admin area of the same name, unless the text says "region".
        var after = span.End < foldedText.Length ? foldedText[span.End..Math.Min(foldedText.Length, span.End + 12)] : string.Empty;
        var before = span.Start <= foldedText.Length ? foldedText[Math.Max(0, span.Start - 14)..span.Start].TrimEnd() : string.Empty;
        var saysRegion = RegionAfter.Any(r => after.TrimStart().StartsWith(r, StringComparison.Ordinal)) ||
                         RegionOf.Any(r => before.EndsWith(r, StringComparison.Ordinal));
        var wider = span.Start <= foldedText.Length ? foldedText[Math.Max(0, span.Start - MunicipalityCueReach)..span.Start].TrimEnd() : string.Empty;
        if (candidate.Admin2 is { } admin2 && MunicipalityOf.Any(m => wider.EndsWith(m, StringComparison.Ordinal)) &&
            TextNormalizer.PlaceKey(admin2) == TextNormalizer.PlaceKey(span.Of(text)))
        {
            // "the municipality of Los Reyes": Los Reyes de Salgado, seat of the Los Reyes municipality, not a hamlet
            // called Los Reyes in another municipality.
            score += MunicipalityWeight;
        }

        if (candidate.IsAdmin1)
        {
            score += saysRegion ? 2 : -0.5;
        }
        else if (saysRegion)
        {
            score -= 1;
        }

        return score;
    }

    private static string CountryName(string iso2) => Catalogs.CountryCatalog.Default.ByIso2(iso2)?.Name ?? iso2;
}
