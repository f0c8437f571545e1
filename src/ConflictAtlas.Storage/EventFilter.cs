namespace ConflictAtlas.Storage;

/// <summary>
/// Which canonical events to read: ACLED-style filters, all optional (null means "any"). The store runs every filter
/// in SQL. Text comparisons are case-insensitive; <see cref="Actor"/> and <see cref="Text"/> match substrings.
/// </summary>
public sealed record EventFilter(int? Iso = null, DateOnly? From = null, DateOnly? To = null)
{
    public static EventFilter All { get; } = new();

    public string? Admin1 { get; init; }

    public string? EventType { get; init; }

    public string? SubEventType { get; init; }

    /// <summary>A substring of actor1, actor2 or an associated actor.</summary>
    public string? Actor { get; init; }

    public BoundingBox? Bbox { get; init; }

    public int? MinFatalities { get; init; }

    /// <summary>The lowest confidence (0..1) an event may have; an event stored without one never passes.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>Reads a minimum confidence as given on a command line or in a query string: a number from 0 to 1
    /// ("0.7", ".7", "1"); false for anything else (a percentage, a comma decimal, NaN, a number out of range).</summary>
    public static bool TryParseConfidence(string? text, out double confidence)
    {
        var parsed = double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) &&
                     value is >= 0 and <= 1;
        confidence = parsed ? value : 0;
        return parsed;
    }

    /// <summary>What <see cref="TryParseConfidence"/> accepts, for error messages.</summary>
    public const string ConfidenceRule = "a number from 0 to 1, e.g. 0.7";

    /// <summary>A substring of the notes, the location or a source's title, outlet or address.</summary>
    public string? Text { get; init; }

    /// <summary>The review state (e.g. <c>unreviewed</c>), compared exactly.</summary>
    public string? ReviewState { get; init; }
}
