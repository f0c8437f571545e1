using System.Data.Common;
using System.Globalization;
using ConflictAtlas.Storage.Sql;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ConflictAtlas.Storage.Sqlite;

/// <summary>The default store: one SQLite file in WAL mode (readers never block the single writer).</summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private const string Dialect = "sqlite";

    /// <summary>How long a writer waits for another process's write lock before failing.</summary>
    private const int BusyTimeoutMs = 30_000;

    /// <summary>Reads map the file into memory (up to this size, capped by the library's own maximum) instead of copying
    /// each page into every connection's cache: searches over a million events touch many index pages.</summary>
    private const long MmapBytes = 4L << 30;

    /// <summary>The trigram tokenizer indexes runs of three characters; shorter search text cannot use it.</summary>
    private const int TrigramLength = 3;

    /// <summary>The largest ISO 3166 numeric code (three digits) that the text index holds as a country token.</summary>
    private const int MaxIndexedIso = 999;

    private readonly string _connectionString;

    private SqliteEventStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public string Path { get; }

    public override string Description => Path;

    public static async Task<SqliteEventStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            throw new StoreException($"{path}: is a folder, not a SQLite database file");
        }

        var store = new SqliteEventStore(path);
        try
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync("pragma journal_mode = wal").ConfigureAwait(false);
            await MigrateAsync(connection, Dialect, _ => Task.CompletedTask).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"{path}: not a usable SQLite database ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"{path}: cannot create the database ({ex.Message})", ex);
        }

        return store;
    }

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        connection.CreateFunction(ContainsFunction, (string? text, string? part) =>
            text is not null && part is not null && text.Contains(part, StringComparison.OrdinalIgnoreCase), isDeterministic: true);
        await connection.ExecuteAsync($"pragma busy_timeout = {BusyTimeoutMs}; pragma foreign_keys = on; pragma synchronous = normal; pragma mmap_size = {MmapBytes}").ConfigureAwait(false);
        return connection;
    }

    /// <summary>An export reads every page of the file once: through SQLite's small page cache rather than the memory
    /// map, so the pages it passes do not stay resident in the server process (a million events are gigabytes).</summary>
    protected override async Task<DbConnection> OpenForStreamingAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("pragma mmap_size = 0").ConfigureAwait(false);
        return connection;
    }

    /// <summary>SQLite transactions here begin IMMEDIATE, which already takes the single write lock.</summary>
    protected override Task LockWritersAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override string EqualsIgnoringCase(string column, string parameter) => $"{column} = @{parameter} collate nocase";

    protected override string TextSortKey(string column) => $"coalesce({column}, '') collate nocase";

    protected override string IdIn(string column, string parameter, IReadOnlyList<long> ids, DynamicParameters args)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(args);
        args.Add(parameter, "[" + string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]");
        return $"{column} in (select value from json_each(@{parameter}))";
    }

    /// <summary>The R*Tree <c>event_geo</c> (active events, keyed by sort key) stores 32-bit bounds rounded outwards,
    /// so it is asked for boxes that overlap the wanted one; the exact test on the columns decides.</summary>
    protected override string? BoxIndexCondition(BoundingBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        return $"c.id in (select g.id & {EventSortKey.IdMask} from event_geo g where {BoxBounds(box)})";
    }

    /// <summary>The R*Tree answers the whole box test. A point whose 32-bit bounds lie inside the box is inside it;
    /// only a point whose bounds straddle an edge has its exact coordinates read (auxiliary columns, a lookup each).</summary>
    protected override SortedSource? BoxSource(BoundingBox box, DynamicParameters args)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(args);
        args.Add("west", box.West);
        args.Add("south", box.South);
        args.Add("east", box.East);
        args.Add("north", box.North);
        var wraps = box.West > box.East;
        var inside = "g.min_lat >= @south and g.max_lat <= @north and " +
            (wraps ? "(g.min_lon >= @west or g.max_lon <= @east)" : "g.min_lon >= @west and g.max_lon <= @east");
        var exact = "g.latitude >= @south and g.latitude <= @north and " +
            (wraps ? "(g.longitude >= @west or g.longitude <= @east)" : "g.longitude >= @west and g.longitude <= @east");
        return new SortedSource("event_geo g", "g.id", $"{BoxBounds(box)} and (({inside}) or ({exact}))", false);
    }

    /// <summary>Three characters or more go through the trigram index <c>event_text</c> (FTS5 without positions,
    /// migration 011): the events holding every trigram of the text, kept when their search text holds the text itself
    /// (case ignored, as the index ignores it); shorter text cannot be indexed by trigrams and is a LIKE over the column.</summary>
    protected override string TextCondition(string text, DynamicParameters args)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(args);
        if (IsIndexable(text))
        {
            args.Add("text_match", TextQuery(text, null));
            return $"c.id in (select rowid & {EventSortKey.IdMask} from event_text where event_text match @text_match) and {TextCheck(text, args)}";
        }

        args.Add("text_like", "%" + LikeLiteral(text) + "%");
        return "c.search_text like @text_like escape '\\'";
    }

    protected override string TextCheck(string text, DynamicParameters args)
    {
        ArgumentNullException.ThrowIfNull(args);
        args.Add("text_held", text);
        return $"{ContainsFunction}(c.search_text, @text_held)";
    }

    /// <summary>The text index, whose rowids are sort keys, yields in page order the candidates for text of three
    /// characters or more, and with it the country, which it holds too as one token (migration 011); the store checks
    /// the text and the country on each event it reads.</summary>
    protected override SortedSource? TextSource(string text, int? iso, DynamicParameters args)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(args);
        if (!IsIndexable(text))
        {
            return null;
        }

        var country = iso is >= 0 and <= MaxIndexedIso ? iso : null;
        args.Add("source_text", TextQuery(text, country));
        return new SortedSource("event_text t", "t.rowid", "event_text match @source_text", false);
    }

    /// <summary>An FTS5 query for the events holding every distinct trigram of <paramref name="text"/> (the index keeps
    /// no positions, so no phrase) and, when given, the country's token.</summary>
    private static string TextQuery(string text, int? iso)
    {
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        var trigrams = Enumerable.Range(0, runes.Count - TrigramLength + 1)
            .Select(i => string.Concat(runes.GetRange(i, TrigramLength)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(Quoted);
        var query = string.Join(" AND ", trigrams);
        return iso is { } code ? query + " AND " + Quoted(CountryToken(code)) : query;
    }

    /// <summary>The country's token in the text index: three private-use characters, U+E000 plus each digit of the
    /// ISO 3166 numeric code (as migration 011 writes it).</summary>
    private static string CountryToken(int iso) =>
        string.Concat(new[] { iso / 100, iso / 10 % 10, iso % 10 }.Select(d => (char)(CountryTokenBase + d)));

    private const int CountryTokenBase = 0xE000;

    /// <summary>The SQL function, registered on every connection, telling whether a text holds another, case ignored.</summary>
    private const string ContainsFunction = "atlas_contains";

    private static bool IsIndexable(string text) => text.EnumerateRunes().Count() >= TrigramLength;

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string BoxBounds(BoundingBox box) =>
        "g.max_lat >= @south and g.min_lat <= @north and " +
        (box.West <= box.East ? "g.max_lon >= @west and g.min_lon <= @east" : "(g.max_lon >= @west or g.min_lon <= @east)");

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return ValueTask.CompletedTask;
    }
}
