using System.Globalization;

namespace ConflictAtlas.Storage.Ingestion.Watch;

public enum FeedPollStatus
{
    /// <summary>The feed was read; <see cref="FeedPollReport.New"/> items were new.</summary>
    Read,

    /// <summary>The server said the feed is unchanged since the last read (304).</summary>
    NotModified,

    /// <summary>The feed could not be fetched or is not a feed; it is retried later, later after each failure.</summary>
    Failed,

    /// <summary>Not polled: the feed is waiting out its backoff after failures.</summary>
    BackingOff,
}

/// <summary>What one poll of one feed found and stored.</summary>
public sealed record FeedPollReport(string Feed, FeedPollStatus Status)
{
    /// <summary>Items the feed lists.</summary>
    public int Items { get; init; }

    /// <summary>Items not stored before.</summary>
    public int New { get; init; }

    public int Added { get; init; }

    /// <summary>New items whose text the store already held (the same report under another link).</summary>
    public int Unchanged { get; init; }

    /// <summary>New items that could not be read or stored this time (retried on the next poll, then given up).</summary>
    public int FailedItems { get; init; }

    /// <summary>Event reports (atoms) coded from the stored items.</summary>
    public int Atoms { get; init; }

    public string? Error { get; init; }

    /// <summary>Why each failed item failed.</summary>
    public IReadOnlyList<string> ItemErrors { get; init; } = [];

    public DateTimeOffset? NextPoll { get; init; }

    public override string ToString()
    {
        var next = NextPoll is { } at ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-";
        return Status switch
        {
            FeedPollStatus.NotModified => $"{Feed}: not modified since the last read",
            FeedPollStatus.Failed => $"{Feed}: failed ({Error}); next try {next}",
            FeedPollStatus.BackingOff => $"{Feed}: waiting after failures until {next} ({Error})",
            _ => $"{Feed}: {Items} item(s), {New} new: {Added} added, {Unchanged} already stored, {FailedItems} failed; {Atoms} event report(s)",
        };
    }
}
