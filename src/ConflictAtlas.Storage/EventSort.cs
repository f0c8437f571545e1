namespace ConflictAtlas.Storage;

/// <summary>A sort key and direction, written as <c>field</c> (ascending) or <c>-field</c> (descending).</summary>
public sealed record EventSort(string Field, bool Descending)
{
    /// <summary>The fields events can be sorted by.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["event_date", "fatalities", "country", "event_type", "location", "id", UpdatedAt];

    /// <summary>The time of the event's last change (the Atom feed's order).</summary>
    public const string UpdatedAt = "updated_at";

    /// <summary>Latest change first.</summary>
    public static EventSort LatestChange { get; } = new(UpdatedAt, true);

    /// <summary>Newest first.</summary>
    public static EventSort Default { get; } = new("event_date", true);

    public override string ToString() => (Descending ? "-" : string.Empty) + Field;

    public static EventSort? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var descending = text.StartsWith('-');
        var field = descending ? text[1..] : text;
        return Fields.Contains(field, StringComparer.Ordinal) ? new EventSort(field, descending) : null;
    }
}
