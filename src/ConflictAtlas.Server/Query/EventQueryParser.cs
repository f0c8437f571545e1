using System.Globalization;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Storage;
using Microsoft.Extensions.Primitives;

namespace ConflictAtlas.Server.Query;

/// <summary>Reads an <see cref="EventQuery"/> from query-string parameters; every malformed value is reported by
/// parameter name so the API can answer 400 with all of them at once.</summary>
public static class EventQueryParser
{
    public const int DefaultPageSize = 50;

    /// <summary>Largest page; larger exports go through the CSV, GeoJSON and Atom endpoints.</summary>
    public const int MaxPageSize = 500;

    /// <summary>Longest review state name accepted (the names are single words such as <c>unreviewed</c>).</summary>
    private const int MaxReviewStateLength = 32;

    public static (EventQuery Query, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var values = parameters.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Text(string name) => values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        void Error(string name, string message) => errors[name] = [message];

        // A control character (a NUL byte above all) is never part of a name or a search: refused before it can
        // reach SQL, where a NUL would end a string early or make a pattern match everything.
        foreach (var (name, value) in values)
        {
            if (value.Any(char.IsControl))
            {
                Error(name, $"{name} must not contain control characters (such as a NUL byte)");
            }
        }

        var query = new EventQuery
        {
            Admin1 = Text("admin1"),
            EventType = Text("event_type"),
            SubEventType = Text("sub_event_type"),
            Actor = Text("actor"),
            Text = Text("q"),
        };

        int? iso = null;
        if (Text("iso") is { } isoText)
        {
            if (int.TryParse(isoText, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                iso = n;
            }
            else
            {
                Error("iso", "iso must be an ISO 3166-1 numeric code, e.g. 466");
            }
        }

        if (Text("country") is { } countryText)
        {
            var country = FindCountry(countryText);
            if (country is null)
            {
                Error("country", $"unknown country '{countryText}' (a name, or an ISO alpha-2, alpha-3 or numeric code)");
            }
            else if (iso is not null && iso != country.IsoNumeric)
            {
                Error("country", "country and iso name different countries");
            }
            else
            {
                iso = country.IsoNumeric;
            }
        }

        var from = Date(Text("from"), "from", Error);
        var to = Date(Text("to"), "to", Error);
        if (from is not null && to is not null && from > to)
        {
            Error("to", "to must not be before from");
        }

        BoundingBox? bbox = null;
        if (Text("bbox") is { } bboxText)
        {
            bbox = ParseBbox(bboxText);
            if (bbox is null)
            {
                Error("bbox", "bbox must be west,south,east,north in degrees (longitude -180..180, latitude -90..90, south <= north)");
            }
        }

        int? minFatalities = null;
        if (Text("min_fatalities") is { } minText)
        {
            if (int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out var m))
            {
                minFatalities = m;
            }
            else
            {
                Error("min_fatalities", "min_fatalities must be a whole number >= 0");
            }
        }

        double? minConfidence = null;
        if (Text("min_confidence") is { } confidenceText)
        {
            if (EventFilter.TryParseConfidence(confidenceText, out var c))
            {
                minConfidence = c;
            }
            else
            {
                Error("min_confidence", $"min_confidence must be {EventFilter.ConfidenceRule}");
            }
        }

        var sort = EventSort.Default;
        if (Text("sort") is { } sortText)
        {
            var parsed = EventSort.Parse(sortText);
            if (parsed is null)
            {
                Error("sort", $"unknown sort '{sortText}' (one of {string.Join(", ", EventSort.Fields)}, '-' before it for descending)");
            }
            else
            {
                sort = parsed;
            }
        }

        string? reviewState = null;
        if (Text("review_state") is { } stateText)
        {
            if (stateText.Length <= MaxReviewStateLength && stateText.All(c => c is (>= 'a' and <= 'z') or '_' or '-'))
            {
                reviewState = stateText;
            }
            else
            {
                Error("review_state", "review_state must be a state name in lower case, e.g. unreviewed");
            }
        }

        var page = Whole(Text("page"), "page", 1, int.MaxValue, 1, Error);
        var pageSize = Whole(Text("page_size"), "page_size", 1, MaxPageSize, DefaultPageSize, Error);

        return (query with { Iso = iso, From = from, To = to, Bbox = bbox, MinFatalities = minFatalities, MinConfidence = minConfidence, ReviewState = reviewState, Sort = sort, Page = page, PageSize = pageSize }, errors);
    }

    public static Country? FindCountry(string text) => CountryCatalog.Default.Find(text);

    public static BoundingBox? ParseBbox(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',');
        if (parts.Length != 4)
        {
            return null;
        }

        var numbers = new double[4];
        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                return null;
            }
        }

        var box = new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]);
        var valid = Math.Abs(box.West) <= 180 && Math.Abs(box.East) <= 180 && Math.Abs(box.South) <= 90 && Math.Abs(box.North) <= 90 && box.South <= box.North;
        return valid ? box : null;
    }

    private static DateOnly? Date(string? text, string name, Action<string, string> error)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error(name, $"{name} must be a date as YYYY-MM-DD");
        return null;
    }

    private static int Whole(string? text, string name, int min, int max, int fallback, Action<string, string> error)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        error(name, $"{name} must be a whole number from {min} to {max}");
        return fallback;
    }
}
