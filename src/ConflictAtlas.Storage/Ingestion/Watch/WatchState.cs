using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictAtlas.Storage.Ingestion.Watch;

/// <summary>What the watcher knows about one feed between polls: the validators for a conditional GET, the items
/// already stored, and how the last polls went.</summary>
public sealed class FeedState
{
    /// <summary>The feed's ETag at the last full read.</summary>
    public string? ETag { get; set; }

    /// <summary>The feed's Last-Modified at the last full read.</summary>
    public DateTimeOffset? LastModified { get; set; }

    /// <summary>The keys of the items already stored (or given up on), oldest first.</summary>
    public List<string> Seen { get; set; } = [];

    /// <summary>How often each unread item has failed; an item is given up after <see cref="WatchOptions.ItemRetries"/>.</summary>
    public Dictionary<string, int> ItemFailures { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Polls in a row that failed; 0 for a healthy feed.</summary>
    public int Failures { get; set; }

    public DateTimeOffset? LastPolled { get; set; }

    /// <summary>When the feed is due again (later after each failure in a row).</summary>
    public DateTimeOffset? NextPoll { get; set; }

    public string? LastError { get; set; }
}

/// <summary>
/// The watcher's memory, one <see cref="FeedState"/> per feed URL, kept in a JSON file so that a restarted watcher
/// neither reads old items again nor forgets a feed's backoff. The file is replaced atomically (written beside it,
/// then renamed), so a crash leaves the previous state or the new one, never half of each.
/// </summary>
public sealed class WatchState
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Dictionary<string, FeedState> Feeds { get; set; } = new(StringComparer.Ordinal);

    public FeedState For(string feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (!Feeds.TryGetValue(feed, out var state))
        {
            state = new FeedState();
            Feeds[feed] = state;
        }

        return state;
    }

    /// <summary>Reads the state file; a missing file is a fresh state. Throws <see cref="InvalidDataException"/> with a
    /// readable reason when the file is not a watch state (it is left as it is).</summary>
    public static WatchState Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new WatchState();
        }

        try
        {
            var state = JsonSerializer.Deserialize<WatchState>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: the watch state is empty");
            // The deserialiser builds default-comparer dictionaries; feed URLs and item keys compare ordinally.
            state.Feeds = new Dictionary<string, FeedState>(state.Feeds, StringComparer.Ordinal);
            return state;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a watch state file ({ex.Message}); move it away to start afresh", ex);
        }
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, full, overwrite: true);
    }
}
