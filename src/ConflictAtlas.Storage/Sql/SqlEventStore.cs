using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Events;
using Dapper;

namespace ConflictAtlas.Storage.Sql;

/// <summary>
/// The store over any ADO.NET provider: the SQL is the subset SQLite and PostgreSQL share (RETURNING, text dates as
/// YYYY-MM-DD, JSON kept as text). Dialects supply connections, migrations and how writers are serialised.
/// </summary>
public abstract partial class SqlEventStore : IEventStore
{
    /// <summary>The actor recorded in revisions written by ingestion.</summary>
    public const string IngestActor = "ingest";

    private const string MergeReason = "same country, compatible sub-event types, actors and place, dates within the window of their precision, score at or above the threshold (docs/deduplication.md)";

    private readonly ActorNames _actorNames = new();

    public abstract string Description { get; }

    /// <summary>Opens a connection on which the schema is current.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Opens a connection for a long read of the whole store (an export); by default as <see cref="OpenAsync"/>.</summary>
    protected virtual Task<DbConnection> OpenForStreamingAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    /// <summary>Serialises writers that could otherwise create the same canonical event twice.</summary>
    protected abstract Task LockWritersAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    public async Task<bool> HasDocumentAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Exists(connection, null, sha256).ConfigureAwait(false);
    }

    public async Task<SaveResult> SaveDocumentAsync(DocumentToStore document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (await SaveDocumentsAsync([document], cancellationToken).ConfigureAwait(false))[0];
    }

    public async Task<IReadOnlyList<SaveResult>> SaveDocumentsAsync(IReadOnlyList<DocumentToStore> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockWritersAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        var results = new List<SaveResult>(documents.Count);
        await using (var w = new WriteStatements(connection, tx))
        {
            foreach (var document in documents)
            {
                ArgumentNullException.ThrowIfNull(document);
                results.Add(await SaveAsync(w, document).ConfigureAwait(false));
            }
        }

        if (results.TrueForAll(r => r.Outcome == SaveOutcome.Duplicate))
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>Stores one document within the caller's transaction.</summary>
    private static async Task<SaveResult> SaveAsync(WriteStatements w, DocumentToStore document)
    {
        var existing = await w.ScalarAsync("select id from documents where sha256 = @sha", ("sha", document.Sha256)).ConfigureAwait(false);
        if (existing is not null)
        {
            return new SaveResult(SaveOutcome.Duplicate, existing.Value, 0, 0, 0, 0);
        }

        var now = Now();
        var version = 1 + (await w.ScalarAsync("select coalesce(max(version), 0) from documents where uri = @uri", ("uri", document.Uri)).ConfigureAwait(false) ?? 0);
        var documentId = (await w.ScalarAsync(
            """
            insert into documents (sha256, uri, version, title, published, source, language, size, text, removed_json, ingested_at)
            values (@Sha256, @Uri, @version, @Title, @Published, @Source, @Language, @Size, @Text, @RemovedJson, @now)
            returning id
            """,
            ("Sha256", document.Sha256), ("Uri", document.Uri), ("version", version), ("Title", document.Title), ("Published", document.Published),
            ("Source", document.Source), ("Language", document.Language), ("Size", document.Size), ("Text", document.Text),
            ("RemovedJson", document.RemovedJson), ("now", now)).ConfigureAwait(false))!.Value;

        if (version > 1)
        {
            await SupersedeAsync(w, document.Uri, documentId, now).ConfigureAwait(false);
        }

        var (merged, created) = await StoreAtomsAsync(w, new SourceDocument(documentId, document.Uri, document.Title, document.Source), document.Atoms, 0, now).ConfigureAwait(false);
        return new SaveResult(version > 1 ? SaveOutcome.NewVersion : SaveOutcome.Added, documentId, (int)version, document.Atoms.Count, merged, created);
    }

    /// <summary>Inserts a document's atoms (numbered from <paramref name="ordinalBase"/>) and merges each into a canonical
    /// event or creates one. Every atom first, then the merges: the atoms and the candidate events are paired best
    /// score first, each atom joining at most one event and each event taking at most one atom of this document.</summary>
    private static async Task<(int Merged, int Created)> StoreAtomsAsync(
        WriteStatements w, SourceDocument document, IReadOnlyList<AtomToStore> atoms, int ordinalBase, string now)
    {
        var documentId = document.Id;
        var atomIds = new long[atoms.Count];
        var records = new string[atoms.Count];
        var candidates = new List<(int Ordinal, long EventId, double Score)>();
        for (var ordinal = 0; ordinal < atoms.Count; ordinal++)
        {
            var atom = atoms[ordinal];
            var key = atom.Key;
            records[ordinal] = atom.Record.ToJsonString();
            atomIds[ordinal] = (await w.ScalarAsync(
                """
                insert into atoms (document_id, ordinal, event_date, sub_event_type, actor1, actor2, iso, location, latitude, longitude,
                                   fatalities, record_json, record_z, record_dict, key_json, key_z)
                values (@documentId, @ordinal, @date, @SubEventType, @Actor1, @Actor2, @iso, @location, @Latitude, @Longitude,
                        @fatalities, @moved, @record, @recordDict, @moved, @key)
                returning id
                """,
                ("documentId", documentId), ("ordinal", (long)(ordinalBase + ordinal)), ("date", Day(key.Date)), ("SubEventType", key.SubEventType),
                ("Actor1", key.Actor1), ("Actor2", key.Actor2), ("iso", (long?)key.Iso), ("location", atom.Record["location"]?.GetValue<string>()),
                ("Latitude", key.Latitude), ("Longitude", key.Longitude), ("fatalities", (long)(atom.Record["fatalities"]?.GetValue<int>() ?? 0)),
                ("moved", StoredJson.Moved), ("record", StoredJson.Compress(records[ordinal], StoredJson.ContractDictionary)), ("recordDict", StoredJson.ContractDictionaryId),
                ("key", StoredJson.Compress(JsonSerializer.Serialize(key), StoredJson.AtomKeyDictionary(records[ordinal])))).ConfigureAwait(false))!.Value;
            if (key.IsMergeable)
            {
                candidates.AddRange((await CandidatesAsync(w, key, documentId).ConfigureAwait(false)).Select(c => (ordinal, c.Id, c.Score)));
            }
        }

        var matchOf = new (long Id, double Score)?[atoms.Count];
        var taken = new HashSet<long>();
        foreach (var (ordinal, eventId, score) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Ordinal).ThenBy(c => c.EventId))
        {
            if (matchOf[ordinal] is null && taken.Add(eventId))
            {
                matchOf[ordinal] = (eventId, score);
            }
        }

        int merged = 0, created = 0;
        for (var ordinal = 0; ordinal < atoms.Count; ordinal++)
        {
            var atomId = atomIds[ordinal];
            if (matchOf[ordinal] is { } m)
            {
                await LinkAtomAsync(w, atomId, m.Id).ConfigureAwait(false);
                var why = string.Create(CultureInfo.InvariantCulture, $"{MergeReason}: score {m.Score:0.00}");
                await RecomputeAsync(w, m.Id, "merge", IngestActor, why, atomId, now).ConfigureAwait(false);
                merged++;
            }
            else
            {
                var view = new AtomView(atomId, (JsonObject)JsonNode.Parse(records[ordinal])!, atoms[ordinal].Key, document.Uri);
                await CreateEventOfNewAtomAsync(w, view, new RecordBase(atomId, records[ordinal]), document, now).ConfigureAwait(false);
                created++;
            }
        }

        return (merged, created);
    }

    public async Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        var result = await SearchEventsAsync(filter, new EventSort("event_date", false), 0, int.MaxValue, 0, cancellationToken).ConfigureAwait(false);
        return result.Events;
    }

    public async Task<EventSearchResult> SearchEventsAsync(EventFilter filter, EventSort sort, int offset, int limit, int countLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var keys = await KeyQueryAsync(connection, filter, sort).ConfigureAwait(false);
        var args = keys.Args;
        long total = -1;
        if (countLimit > 0)
        {
            // Counting stops one past the limit, so a filter matching a million events costs no more than the limit.
            args.Add("count_limit", (long)countLimit + 1);
            total = await connection.ExecuteScalarAsync<long>($"select count(*) from ({keys.Select} limit @count_limit) t", args).ConfigureAwait(false);
        }

        args.Add("page_limit", (long)limit);
        args.Add("page_offset", (long)offset);
        var found = await connection.QueryAsync<long>($"{keys.Select} {keys.Order} limit @page_limit offset @page_offset", args).ConfigureAwait(false);
        var page = await ReadInOrderAsync(connection, [.. found.Select(keys.IdOf)]).ConfigureAwait(false);
        return countLimit > 0
            ? new EventSearchResult(page, Math.Min(total, countLimit), total <= countLimit)
            : new EventSearchResult(page, page.Count, true);
    }

    /// <summary>How many events an export reads from the store at once: its memory stays that of one batch whatever
    /// the number of matches.</summary>
    public const int StreamBatch = 256;

    public async IAsyncEnumerable<StoredEvent> StreamEventsAsync(EventFilter filter, EventSort sort, int offset, int limit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(sort);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        // One connection walks the matching keys in order (a streaming reader: the keys are never all in memory), a
        // second reads the events of each batch of keys.
        await using var keysConnection = await OpenForStreamingAsync(cancellationToken).ConfigureAwait(false);
        await using var eventsConnection = await OpenForStreamingAsync(cancellationToken).ConfigureAwait(false);
        var keys = await KeyQueryAsync(keysConnection, filter, sort).ConfigureAwait(false);
        keys.Args.Add("page_limit", limit == int.MaxValue ? long.MaxValue : limit);
        keys.Args.Add("page_offset", (long)offset);
        var command = new CommandDefinition($"{keys.Select} {keys.Order} limit @page_limit offset @page_offset", keys.Args, cancellationToken: cancellationToken);
        await using var reader = await keysConnection.ExecuteReaderAsync(command).ConfigureAwait(false);
        var batch = new List<long>(StreamBatch);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(keys.IdOf(reader.GetInt64(0)));
            if (batch.Count == StreamBatch)
            {
                foreach (var e in await ReadInOrderAsync(eventsConnection, batch).ConfigureAwait(false))
                {
                    yield return e;
                }

                batch.Clear();
            }
        }

        foreach (var e in await ReadInOrderAsync(eventsConnection, batch).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    /// <summary>The events with these ids, in the order given.</summary>
    private async Task<IReadOnlyList<StoredEvent>> ReadInOrderAsync(DbConnection connection, List<long> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var idArgs = new DynamicParameters();
        var events = await ReadEventsAsync(connection, IdIn("c.id", "ids", ids, idArgs), idArgs).ConfigureAwait(false);
        var byId = events.ToDictionary(e => e.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>The query of the keys of the events matching <paramref name="filter"/> in <paramref name="sort"/>'s
    /// order (ties by id): <c>{Select} {Order}</c> with <see cref="KeyQuery.Args"/>, each key turned into an event id
    /// by <see cref="KeyQuery.IdOf"/>.</summary>
    private async Task<KeyQuery> KeyQueryAsync(DbConnection connection, EventFilter filter, EventSort sort)
    {
        var args = new DynamicParameters();
        var source = IsDateSort(sort) ? await SortedSourceAsync(connection, filter, args).ConfigureAwait(false) : null;
        if (source is not null)
        {
            // The source yields the matches of its part of the filter in page order; the rest of the filter is checked
            // on each event read (none when the source answers the whole filter: the events table is not read at all).
            var (s, part) = source.Value;
            var (rest, restOnlyStatus) = await WhereAsync(connection, filter, args, part).ConfigureAwait(false);
            var join = restOnlyStatus ? string.Empty : $" join canonical_events c on c.id = ({s.Key} & {EventSortKey.IdMask})";
            var condition = restOnlyStatus ? s.Condition : $"{s.Condition} and {rest}";
            return new KeyQuery(
                $"select {(s.MayRepeat ? "distinct " : string.Empty)}{s.Key} as k from {s.Table}{join} where {condition}",
                $"order by k {(sort.Descending ? "desc" : "asc")}", args, EventSortKey.IdOf);
        }

        var (where, _) = await WhereAsync(connection, filter, args, FilterPart.None).ConfigureAwait(false);
        return new KeyQuery($"select c.id as k from canonical_events c where {where}", $"order by {OrderBy(sort)}", args, id => id);
    }

    private sealed record KeyQuery(string Select, string Order, DynamicParameters Args, Func<long, long> IdOf);

    /// <summary>The default order (by date, then id) is the order of <see cref="EventSortKey"/>.</summary>
    private static bool IsDateSort(EventSort sort) => sort.Field is not ("fatalities" or "country" or "event_type" or "location" or "id" or EventSort.UpdatedAt);

    /// <summary>An index yielding the matches of one part of the filter in sort-key order, if the filter has such a
    /// part: the actor links (a few names match), else the dialect's spatial index, else its text index (with the
    /// country too when the index holds it).</summary>
    private async Task<(SortedSource Source, FilterPart Part)?> SortedSourceAsync(DbConnection connection, EventFilter filter, DynamicParameters args)
    {
        if (filter.Actor is { } actor)
        {
            var ids = await _actorNames.MatchAsync(connection, actor).ConfigureAwait(false);
            if (ids.Count == 1)
            {
                args.Add("source_actor", ids[0]);
                return (new SortedSource("event_actors s", "s.sort_key", "s.actor_id = @source_actor", false), FilterPart.Actor);
            }

            if (ids.Count > 1)
            {
                return (new SortedSource("event_actors s", "s.sort_key", IdIn("s.actor_id", "source_actors", ids, args), true), FilterPart.Actor);
            }
        }

        if (filter.Bbox is { } box && BoxSource(box, args) is { } boxSource)
        {
            return (boxSource, FilterPart.Bbox);
        }

        if (filter.Text is { } text && TextSource(text, filter.Iso, args) is { } textSource)
        {
            return (textSource, FilterPart.TextCandidates);
        }

        return null;
    }

    public Task<EventAggregates> AggregateAsync(EventFilter filter, CancellationToken cancellationToken = default) =>
        AggregateAsync(filter, 0, cancellationToken);

    public async Task<EventAggregates> AggregateAsync(EventFilter filter, int eventLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(eventLimit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sums = new AggregateSums();
        if (eventLimit > 0)
        {
            var more = await AddNewestEventsAsync(connection, filter, eventLimit, sums).ConfigureAwait(false);
            return sums.ToAggregates(isSample: more);
        }

        var split = WeeklyTableAnswers(filter) ? WeekSplit.Of(filter.From, filter.To) : null;
        if (split is { HasWholeWeeks: true })
        {
            // Whole weeks from the weekly table, the days of a cut week at either end from the events.
            await AddWeeksAsync(connection, filter, split, sums).ConfigureAwait(false);
            foreach (var (from, to) in split.Edges)
            {
                await AddEventsAsync(connection, filter with { From = from, To = to }, sums).ConfigureAwait(false);
            }
        }
        else
        {
            await AddEventsAsync(connection, filter, sums).ConfigureAwait(false);
        }

        return sums.ToAggregates();
    }

    /// <summary>True when the weekly table <c>event_weeks</c> holds every key the filter reads (country, dates, event type).</summary>
    private static bool WeeklyTableAnswers(EventFilter filter) =>
        filter is { Admin1: null, SubEventType: null, Actor: null, Bbox: null, MinFatalities: null, MinConfidence: null, Text: null, ReviewState: null };

    /// <summary>One pass over the matching events, grouped by week, country and type at once.</summary>
    private async Task AddEventsAsync(DbConnection connection, EventFilter filter, AggregateSums sums)
    {
        var args = new DynamicParameters();
        var (where, _) = await WhereAsync(connection, filter, args, FilterPart.None).ConfigureAwait(false);
        var rows = await connection.QueryAsync(
            $"""
            select c.week, c.country, c.event_type, count(*) as n, sum(c.fatalities) as f
            from canonical_events c where {where}
            group by c.week, c.country, c.event_type
            """,
            args).ConfigureAwait(false);
        foreach (IDictionary<string, object> r in rows)
        {
            sums.AddCell(r["week"] as string, r["country"] as string, r["event_type"] as string, Long(r["n"]), Long(r["f"]));
        }
    }

    /// <summary>Adds the newest <paramref name="eventLimit"/> matching events (by date, then id), read in that order from
    /// the filter's sorted source when it has one, so the walk stops at the limit; true when more events matched.</summary>
    private async Task<bool> AddNewestEventsAsync(DbConnection connection, EventFilter filter, int eventLimit, AggregateSums sums)
    {
        var args = new DynamicParameters();
        var columns = "c.week, c.country, c.event_type, c.fatalities";
        string sql;
        if (await SortedSourceAsync(connection, filter, args).ConfigureAwait(false) is { } found)
        {
            var (s, part) = found;
            var (rest, _) = await WhereAsync(connection, filter, args, part).ConfigureAwait(false);
            sql = $"""
                select {(s.MayRepeat ? "distinct " : string.Empty)}{s.Key} as k, {columns}
                from {s.Table} join canonical_events c on c.id = ({s.Key} & {EventSortKey.IdMask})
                where {s.Condition} and {rest} order by k desc limit @event_limit
                """;
        }
        else
        {
            var (where, _) = await WhereAsync(connection, filter, args, FilterPart.None).ConfigureAwait(false);
            sql = $"select {columns} from canonical_events c where {where} order by {OrderBy(new EventSort("event_date", true))} limit @event_limit";
        }

        // One row past the limit tells whether more events matched.
        args.Add("event_limit", (long)eventLimit + 1);
        var read = 0;
        foreach (IDictionary<string, object> r in await connection.QueryAsync(sql, args).ConfigureAwait(false))
        {
            if (++read > eventLimit)
            {
                return true;
            }

            sums.AddCell(r["week"] as string, r["country"] as string, r["event_type"] as string, 1, Long(r["fatalities"]));
        }

        return false;
    }

    /// <summary>Adds the whole weeks of <paramref name="split"/> from <c>event_weeks</c>, for the country and type
    /// filters: each breakdown is summed in SQL, so a few hundred rows come back whatever the number of cells.</summary>
    private async Task AddWeeksAsync(DbConnection connection, EventFilter filter, WeekSplit split, AggregateSums sums)
    {
        var args = new DynamicParameters();
        var where = new List<string> { "1 = 1" };
        if (filter.Iso is { } iso)
        {
            where.Add("s.iso = @iso");
            args.Add("iso", (long)iso);
        }

        if (filter.EventType is { } eventType)
        {
            where.Add(EqualsIgnoringCase("s.event_type", "event_type"));
            args.Add("event_type", eventType);
        }

        if (split.FirstWeek is { } first)
        {
            where.Add("s.week >= @first_week");
            args.Add("first_week", Day(first));
        }

        if (split.LastWeek is { } last)
        {
            where.Add("s.week <= @last_week");
            args.Add("last_week", Day(last));
        }

        var condition = string.Join(" and ", where);
        var rows = await connection.QueryAsync(
            $"""
            select 'week' as breakdown, s.week as k, sum(s.events) as n, sum(s.fatalities) as f from event_weeks s where {condition} group by s.week
            union all
            select 'country', s.country, sum(s.events), sum(s.fatalities) from event_weeks s where {condition} group by s.country
            union all
            select 'event_type', s.event_type, sum(s.events), sum(s.fatalities) from event_weeks s where {condition} group by s.event_type
            """,
            args).ConfigureAwait(false);
        foreach (IDictionary<string, object> r in rows)
        {
            sums.Add((string)r["breakdown"], r["k"] as string, Long(r["n"]), Long(r["f"]));
        }
    }

    public async Task<StoredEvent?> GetEventAsync(long eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var events = await ReadEventsAsync(connection, "c.id = @id", new { id = eventId }).ConfigureAwait(false);
        return events.Count == 0 ? null : events[0];
    }

    public async Task<long> SplitAsync(long eventId, long atomId, string who, string why, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockWritersAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        var owner = await connection.ExecuteScalarAsync<long?>("select canonical_id from atoms where id = @atomId", new { atomId }, tx).ConfigureAwait(false);
        if (owner != eventId)
        {
            throw new StoreException($"atom {atomId} is not a source of event {eventId}");
        }

        var count = await connection.ExecuteScalarAsync<long>("select count(*) from atoms where canonical_id = @eventId", new { eventId }, tx).ConfigureAwait(false);
        if (count < 2)
        {
            throw new StoreException($"event {eventId} has only one source; there is nothing to split");
        }

        var now = Now();
        await using var w = new WriteStatements(connection, tx);
        var newId = await CreateEventAsync(w, atomId, who, "split", $"split from event {eventId}: {why}", now).ConfigureAwait(false);
        await RecomputeAsync(w, eventId, "split", who, $"atom {atomId} moved to event {newId}: {why}", atomId, now).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return newId;
    }

    public async Task<IReadOnlyList<Revision>> RevisionsAsync(long eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync(
            $"select r.id, r.canonical_id, r.at, r.who, r.action, r.what, r.what_z, r.why, {BaseColumns} from revisions r {BaseJoin("r.what_base")} where r.canonical_id = @eventId order by r.id",
            new { eventId }).ConfigureAwait(false);
        return [.. rows.Select(r => (IDictionary<string, object>)r).Select(r => new Revision(
            Long(r["id"]), Long(r["canonical_id"]), DateTimeOffset.Parse((string)r["at"], CultureInfo.InvariantCulture),
            (string)r["who"], (string)r["action"], StoredChanges.Read(r["what"], r["what_z"], BaseJson(r)), (string)r["why"]))];
    }

    public async Task<StoredDocument?> GetDocumentAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync(
            $"select {DocumentColumns} from documents where id = @documentId", new { documentId }).ConfigureAwait(false);
        return rows.Cast<IDictionary<string, object>>().Select(ToStoredDocument).FirstOrDefault();
    }

    public async Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var documents = await connection.ExecuteScalarAsync<long>("select count(*) from documents").ConfigureAwait(false);
        var atoms = await connection.ExecuteScalarAsync<long>("select count(*) from atoms where superseded = 0").ConfigureAwait(false);
        var events = await connection.ExecuteScalarAsync<long>("select count(*) from canonical_events where status = 'active'").ConfigureAwait(false);
        var revisions = await connection.ExecuteScalarAsync<long>("select count(*) from revisions").ConfigureAwait(false);
        return new StoreCounts(documents, atoms, events, revisions);
    }

    /// <summary>Runs the embedded migrations of <paramref name="dialect"/> that the schema_version table does not list.</summary>
    protected static async Task MigrateAsync(DbConnection connection, string dialect, Func<DbTransaction, Task> lockSchema)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(lockSchema);
        await using var tx = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await lockSchema(tx).ConfigureAwait(false);
        await connection.ExecuteAsync("create table if not exists schema_version (version integer primary key, applied_at text not null)", transaction: tx).ConfigureAwait(false);
        // Each migration the table does not list runs, in version order (on a store the migrations built, the ones
        // past its newest).
        var applied = (await connection.QueryAsync<long>("select version from schema_version", transaction: tx).ConfigureAwait(false)).ToHashSet();
        foreach (var (version, sql) in Migrations.For(dialect))
        {
            if (applied.Contains(version))
            {
                continue;
            }

            await connection.ExecuteAsync(sql, transaction: tx).ConfigureAwait(false);
            await connection.ExecuteAsync("insert into schema_version (version, applied_at) values (@version, @now)", new { version = (long)version, now = Now() }, tx).ConfigureAwait(false);
        }

        await tx.CommitAsync().ConfigureAwait(false);
    }

    private static async Task<bool> Exists(DbConnection connection, DbTransaction? tx, string sha256) =>
        await connection.ExecuteScalarAsync<long?>("select id from documents where sha256 = @sha256", new { sha256 }, tx).ConfigureAwait(false) is not null;

    /// <summary>The active events that score at or above the threshold with <paramref name="key"/>, among the events
    /// of its country whose date lies in the pair's window (<see cref="DedupRules.CandidateDays"/>): one range of the
    /// (iso, time_precision, event_date) index per precision, and one of the index of events dated only by a read day
    /// (migration 012 on SQLite, 010 on PostgreSQL), which may lie up to <see cref="DedupRules.ReadDayBeforeDays"/> after
    /// the key's date. Events the same document already feeds are left out. A key dated only by its read day could be
    /// any of several events that fit: then it has none.</summary>
    private static async Task<List<(long Id, double Score)>> CandidatesAsync(WriteStatements w, AtomKey key, long documentId)
    {
        var day = key.Date!.Value;
        var args = new List<(string Name, object? Value)> { ("iso", (long?)key.Iso), ("documentId", documentId) };
        var ranges = new List<string>();
        const string Others = "and not exists (select 1 from atoms a where a.canonical_id = c.id and a.document_id = @documentId)";
        for (var precision = 1; precision <= 3; precision++)
        {
            var (from, to) = DedupRules.CandidateDays(key, precision);
            args.Add(($"lo{precision}", Day(day.AddDays(from))));
            args.Add(($"hi{precision}", Day(day.AddDays(to))));
            var equals = precision < 3 ? $"c.time_precision = {precision}" : "c.time_precision >= 3 and (c.date_source is null or c.date_source <> 2)";
            ranges.Add(
                $"""
                select c.id, c.key_json, c.key_z from canonical_events c
                where c.status = 'active' and c.iso = @iso and {equals} and c.event_date between @lo{precision} and @hi{precision}
                  {Others}
                """);
        }

        // Events dated only by a read day: any day up to the limit before it, whatever the key's own window.
        var reach = DedupRules.ReadDayBeforeDays + DedupRules.MaxWindowDays;
        args.Add(("loRead", Day(day.AddDays(-reach))));
        args.Add(("hiRead", Day(day.AddDays(reach))));
        ranges.Add(
            $"""
            select c.id, c.key_json, c.key_z from canonical_events c
            where c.status = 'active' and c.date_source = 2 and c.iso = @iso and c.event_date between @loRead and @hiRead
              {Others}
            """);

        var found = new List<(long Id, double Score)>();
        await using var reader = await w.ReadAsync(string.Join(" union all ", ranges) + " order by 1", [.. args]).ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            var candidate = JsonSerializer.Deserialize<AtomKey>(StoredJson.Read(reader.GetValue(1), reader.GetValue(2), StoredJson.EventKeyDictionary));
            if (candidate is null)
            {
                continue;
            }

            var (score, blocked) = DedupRules.Score(candidate, key);
            if (blocked is null && score >= DedupRules.Threshold)
            {
                found.Add((reader.GetInt64(0), score));
            }
        }

        // A key that says only "some time before" could be any of these events: it joins none.
        return key.IsReadDay && found.Count > 1 ? [] : found;
    }

    /// <summary>Creates the canonical event of an atom just stored, from what the writer holds: the event is inserted
    /// with its final columns (so the index triggers run once, on the insert), then the atom linked to it, its actors and
    /// its creating revision written. The same event, columns and revision as <see cref="CreateEventAsync"/> gives, in
    /// fewer statements.</summary>
    private static async Task CreateEventOfNewAtomAsync(WriteStatements w, AtomView atom, RecordBase recordBase, SourceDocument document, string now)
    {
        var merged = CanonicalMerger.Merge([atom]);
        var k = merged.Key;
        var columns = EventColumns.From(merged.Record, [(document.Title, document.Source, document.Uri)]);
        var eventId = (await w.ScalarAsync(
            """
            insert into canonical_events (status, iso, country, event_date, time_precision, sub_event_type, fatalities, record_json, record_z, record_base, key_json, key_z,
                                          created_at, updated_at, admin1, event_type, actor1, actor2, location, latitude, longitude, week, search_text, confidence, date_source)
            values ('active', @iso, @country, @date, @tp, @SubEventType, @fatalities, @moved, @record, @recordBase, @moved, @key,
                    @now, @now, @Admin1, @EventType, @Actor1, @Actor2, @Location, @Latitude, @Longitude, @Week, @SearchText, @Confidence, @DateSource)
            returning id
            """,
            EventRow(merged.Record, recordBase, k, columns, now)).ConfigureAwait(false))!.Value;
        await LinkAtomAsync(w, atom.AtomId, eventId).ConfigureAwait(false);
        await WriteActorsAsync(w, eventId, EventSortKey.Of(k.Date, eventId), columns.Actors, replace: false).ConfigureAwait(false);
        var what = new JsonObject { ["atom"] = atom.AtomId, ["sources"] = new JsonArray(atom.AtomId), ["changed"] = Diff([], merged.Record) };
        await AddRevisionAsync(w, eventId, now, IngestActor, "create", what, "first report of this event", recordBase).ConfigureAwait(false);
    }

    private static Task<int> LinkAtomAsync(WriteStatements w, long atomId, long eventId) =>
        w.ExecuteAsync("update atoms set canonical_id = @eventId where id = @atomId", ("eventId", eventId), ("atomId", atomId));

    /// <summary>The parameters of a canonical event's row: its record (compressed with <paramref name="recordBase"/>'s
    /// JSON as dictionary), key and columns (no id).</summary>
    private static (string Name, object? Value)[] EventRow(JsonObject record, RecordBase recordBase, AtomKey k, EventColumns columns, string now) =>
    [
        ("iso", (long?)k.Iso), ("country", record["country"]?.GetValue<string>()), ("date", Day(k.Date)), ("tp", (long)k.TimePrecision),
        ("SubEventType", k.SubEventType), ("fatalities", (long)(record["fatalities"]?.GetValue<int>() ?? 0)),
        ("moved", StoredJson.Moved), ("record", StoredJson.Compress(record.ToJsonString(), recordBase.Json)), ("recordBase", recordBase.AtomId),
        ("key", StoredJson.Compress(JsonSerializer.Serialize(k), StoredJson.EventKeyDictionary)), ("now", now),
        ("Admin1", columns.Admin1), ("EventType", columns.EventType), ("Actor1", columns.Actor1), ("Actor2", columns.Actor2), ("Location", columns.Location),
        ("Latitude", columns.Latitude), ("Longitude", columns.Longitude), ("Week", columns.Week), ("SearchText", columns.SearchText), ("Confidence", columns.Confidence),
        ("DateSource", k.IsReadDay ? (long)DateSource.ReadDay : k.DateSource == DateSource.Publication ? (long)DateSource.Publication : null),
    ];

    /// <summary>The atom whose stored contract JSON is the compression dictionary of an event's record or a revision's
    /// changes (<see cref="StoredJson.Compress(string, string?)"/>): the first atom of the event when it was written.</summary>
    private sealed record RecordBase(long AtomId, string Json);

    /// <summary>The document whose atoms are being stored: its id, and what the event's search text takes from it.</summary>
    private sealed record SourceDocument(long Id, string Uri, string? Title, string? Source);

    /// <summary>Creates the canonical event of an atom. It is inserted as 'new', which no index trigger (search text,
    /// map boxes, weekly counts) acts on, and becomes active in <see cref="RecomputeAsync"/>, so those triggers run
    /// once per event rather than on the empty insert and again on the update.</summary>
    private static async Task<long> CreateEventAsync(WriteStatements w, long atomId, string who, string action, string why, string now)
    {
        var (connection, tx) = (w.Connection, w.Transaction);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            insert into canonical_events (status, sub_event_type, fatalities, record_json, key_json, created_at, updated_at)
            select 'new', sub_event_type, 0, '{}', key_json, @now, @now from atoms where id = @atomId
            returning id
            """,
            new { atomId, now }, tx).ConfigureAwait(false);
        await LinkAtomAsync(w, atomId, id).ConfigureAwait(false);
        await RecomputeAsync(w, id, action, who, why, atomId, now).ConfigureAwait(false);
        return id;
    }

    /// <summary>Rebuilds a canonical event from its atoms and appends a revision with the fields that changed.</summary>
    private static async Task RecomputeAsync(WriteStatements w, long eventId, string action, string who, string why, long? atomId, string now)
    {
        var (connection, tx) = (w.Connection, w.Transaction);
        var rows = (await connection.QueryAsync(
            """
            select a.id, a.record_json, a.record_z, a.record_dict, a.key_json, a.key_z, d.uri, d.title, d.source from atoms a join documents d on d.id = a.document_id
            where a.canonical_id = @eventId order by a.id
            """,
            new { eventId }, tx).ConfigureAwait(false)).Cast<IDictionary<string, object>>().ToList();
        var stored = (IDictionary<string, object>)await connection.QuerySingleAsync(
            $"select c.record_json, c.record_z, {BaseColumns} from canonical_events c {BaseJoin("c.record_base")} where c.id = @eventId", new { eventId }, tx).ConfigureAwait(false);
        var before = JsonNode.Parse(StoredJson.Read(stored["record_json"], stored["record_z"], BaseJson(stored))) as JsonObject ?? [];

        var what = new JsonObject { ["atom"] = atomId };
        RecordBase? recordBase = null;
        if (rows.Count == 0)
        {
            await connection.ExecuteAsync("update canonical_events set status = 'withdrawn', updated_at = @now where id = @eventId", new { eventId, now }, tx).ConfigureAwait(false);
            await connection.ExecuteAsync("delete from event_actors where event_id = @eventId", new { eventId }, tx).ConfigureAwait(false);
            what["status"] = "withdrawn";
        }
        else
        {
            var jsons = rows.Select(r => StoredJson.ReadAtom(r["record_json"], r["record_z"], r["record_dict"])).ToList();
            var views = rows.Select((r, i) => new AtomView(
                Long(r["id"]),
                (JsonObject)JsonNode.Parse(jsons[i])!,
                JsonSerializer.Deserialize<AtomKey>(StoredJson.Read(r["key_json"], r["key_z"], StoredJson.AtomKeyDictionary(jsons[i])))!,
                (string)r["uri"])).ToList();
            recordBase = new RecordBase(views[0].AtomId, jsons[0]);
            var merged = CanonicalMerger.Merge(views);
            var corrections = await CorrectionsAsync(connection, tx, eventId).ConfigureAwait(false);
            ApplyCorrections(merged.Record, corrections);
            var k = Corrected(merged.Key, corrections);
            var columns = EventColumns.From(merged.Record, rows.Select(r => (r["title"] as string, r["source"] as string, (string)r["uri"])));
            await w.ExecuteAsync(
                """
                update canonical_events set status = 'active', iso = @iso, country = @country, event_date = @date, time_precision = @tp,
                    sub_event_type = @SubEventType, fatalities = @fatalities, record_json = @moved, record_z = @record, record_base = @recordBase,
                    key_json = @moved, key_z = @key, updated_at = @now,
                    admin1 = @Admin1, event_type = @EventType, actor1 = @Actor1, actor2 = @Actor2, location = @Location,
                    latitude = @Latitude, longitude = @Longitude, week = @Week, search_text = @SearchText, confidence = @Confidence,
                    date_source = @DateSource
                where id = @eventId
                """,
                [.. EventRow(merged.Record, recordBase, k, columns, now), ("eventId", eventId)]).ConfigureAwait(false);
            await WriteActorsAsync(w, eventId, EventSortKey.Of(k.Date, eventId), columns.Actors, replace: true).ConfigureAwait(false);
            what["sources"] = new JsonArray([.. views.Select(v => (JsonNode)v.AtomId)]);
            what["changed"] = Diff(before, merged.Record);
        }

        await AddRevisionAsync(w, eventId, now, who, action, what, why, recordBase).ConfigureAwait(false);
    }

    private static async Task SupersedeAsync(WriteStatements w, string uri, long documentId, string now)
    {
        var (connection, tx) = (w.Connection, w.Transaction);
        var affected = (await connection.QueryAsync<long>(
            """
            select distinct a.canonical_id from atoms a join documents d on d.id = a.document_id
            where d.uri = @uri and d.id <> @documentId and a.superseded = 0 and a.canonical_id is not null
            """,
            new { uri, documentId }, tx).ConfigureAwait(false)).ToList();
        await connection.ExecuteAsync(
            """
            update atoms set superseded = 1, canonical_id = null
            where superseded = 0 and document_id in (select id from documents where uri = @uri and id <> @documentId)
            """,
            new { uri, documentId }, tx).ConfigureAwait(false);
        foreach (var eventId in affected)
        {
            await RecomputeAsync(w, eventId, "supersede", IngestActor, $"a newer version of {uri} replaced the older report", null, now).ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(DbConnection connection, string where, object args)
    {
        var rows = (await connection.QueryAsync(
            $"select c.id, c.status, c.record_json, c.record_z, c.record_base, c.updated_at, c.review_state from canonical_events c where {where} order by c.event_date, c.id", args).ConfigureAwait(false))
            .Cast<IDictionary<string, object>>().ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        // The atoms' JSON, by id: the sources' evidence, and the dictionary of each event's record (its first atom
        // when it was written, nearly always one of its sources; any other is read on its own).
        var atomJson = new Dictionary<long, string>();
        var sourceRows = (await connection.QueryAsync(
            $"""
            select a.canonical_id, a.id, a.record_json, a.record_z, a.record_dict, d.id as document_id, d.uri, d.title, d.published, d.source
            from atoms a join documents d on d.id = a.document_id
            where a.canonical_id in (select c.id from canonical_events c where {where})
            order by a.id
            """,
            args).ConfigureAwait(false))
            .Cast<IDictionary<string, object>>().ToList();
        foreach (var r in sourceRows)
        {
            atomJson[Long(r["id"])] = StoredJson.ReadAtom(r["record_json"], r["record_z"], r["record_dict"]);
        }

        var sources = sourceRows.ToLookup(r => Long(r["canonical_id"]), r => new EventSource(
            Long(r["id"]), Long(r["document_id"]), (string)r["uri"], r["title"] as string, r["published"] as string, r["source"] as string,
            JsonNode.Parse(atomJson[Long(r["id"])])?["evidence"] as JsonObject ?? []));
        var events = new List<(long Id, string Status, JsonObject Record, string Updated, string ReviewState)>(rows.Count);
        foreach (var r in rows)
        {
            string? dictionary = null;
            if (r["record_base"] is not (null or DBNull))
            {
                var baseId = Long(r["record_base"]);
                if (!atomJson.TryGetValue(baseId, out dictionary))
                {
                    dictionary = await AtomJsonAsync(connection, null, baseId).ConfigureAwait(false);
                    atomJson[baseId] = dictionary;
                }
            }

            events.Add((Long(r["id"]), (string)r["status"], (JsonObject)JsonNode.Parse(StoredJson.Read(r["record_json"], r["record_z"], dictionary))!,
                (string)r["updated_at"], (string)r["review_state"]));
        }

        return [.. events.Select(e => new StoredEvent(e.Id, e.Status, e.Record, [.. sources[e.Id]], DateTimeOffset.Parse(e.Updated, CultureInfo.InvariantCulture), e.ReviewState))];
    }

    /// <summary>Writes the rows of <c>event_actors</c> for one event (replacing its earlier ones when <paramref name="replace"/>),
    /// adding names not seen before.</summary>
    private static async Task WriteActorsAsync(WriteStatements w, long eventId, long sortKey, IReadOnlyList<string> actors, bool replace)
    {
        if (replace)
        {
            await w.ExecuteAsync("delete from event_actors where event_id = @eventId", ("eventId", eventId)).ConfigureAwait(false);
        }

        foreach (var name in actors)
        {
            await w.ExecuteAsync("insert into actor_names (name) values (@name) on conflict (name) do nothing", ("name", name)).ConfigureAwait(false);
            await w.ExecuteAsync(
                "insert into event_actors (actor_id, event_id, sort_key) select id, @eventId, @sortKey from actor_names where name = @name",
                ("eventId", eventId), ("sortKey", sortKey), ("name", name)).ConfigureAwait(false);
        }
    }

    /// <summary>The SQL condition (over <c>canonical_events c</c>) of a filter, its parameters added to
    /// <paramref name="args"/>, leaving out the part <paramref name="skip"/> (answered by a sorted source); and whether
    /// the condition is only that the event is active.</summary>
    private async Task<(string Where, bool OnlyStatus)> WhereAsync(DbConnection connection, EventFilter filter, DynamicParameters args, FilterPart skip)
    {
        var where = new List<string> { "c.status = 'active'" };
        void Add(string condition, string name, object? value)
        {
            where.Add(condition);
            args.Add(name, value);
        }

        if (filter.Iso is { } iso)
        {
            Add("c.iso = @iso", "iso", (long)iso);
        }

        if (filter.From is not null)
        {
            Add("c.event_date >= @from", "from", Day(filter.From));
        }

        if (filter.To is not null)
        {
            Add("c.event_date <= @to", "to", Day(filter.To));
        }

        if (filter.Admin1 is { } admin1)
        {
            Add(EqualsIgnoringCase("c.admin1", "admin1"), "admin1", admin1);
        }

        if (filter.EventType is { } eventType)
        {
            Add(EqualsIgnoringCase("c.event_type", "event_type"), "event_type", eventType);
        }

        if (filter.SubEventType is { } subEventType)
        {
            Add(EqualsIgnoringCase("c.sub_event_type", "sub_event_type"), "sub_event_type", subEventType);
        }

        if (filter.MinFatalities is { } min)
        {
            Add("c.fatalities >= @min_fatalities", "min_fatalities", (long)min);
        }

        if (filter.MinConfidence is { } minConfidence)
        {
            Add("c.confidence >= @min_confidence", "min_confidence", minConfidence);
        }

        if (filter.ReviewState is { } reviewState)
        {
            Add("c.review_state = @review_state", "review_state", reviewState);
        }

        if (filter.Actor is { } actor && skip != FilterPart.Actor)
        {
            var ids = await _actorNames.MatchAsync(connection, actor).ConfigureAwait(false);
            where.Add(ids.Count == 0 ? "1 = 0" : $"c.id in (select ea.event_id from event_actors ea where {IdIn("ea.actor_id", "actor_ids", ids, args)})");
        }

        if (filter.Bbox is { } box && skip != FilterPart.Bbox)
        {
            args.Add("west", box.West);
            args.Add("south", box.South);
            args.Add("east", box.East);
            args.Add("north", box.North);
            var longitude = box.West <= box.East
                ? "c.longitude >= @west and c.longitude <= @east"
                : "(c.longitude >= @west or c.longitude <= @east)";
            where.Add($"c.latitude >= @south and c.latitude <= @north and {longitude}");
            if (BoxIndexCondition(box) is { } indexed)
            {
                where.Add(indexed);
            }
        }

        if (filter.Text is { } text && skip is FilterPart.TextCandidates)
        {
            where.Add(TextCheck(text, args));
        }
        else if (filter.Text is { } other)
        {
            where.Add(TextCondition(other, args));
        }

        return (string.Join(" and ", where), where.Count == 1);
    }

    private string OrderBy(EventSort sort)
    {
        var direction = sort.Descending ? "desc" : "asc";
        var nulls = sort.Descending ? "nulls last" : "nulls first";
        var key = sort.Field switch
        {
            "fatalities" => $"c.fatalities {direction}",
            "country" => $"{TextSortKey("c.country")} {direction}",
            "event_type" => $"{TextSortKey("c.event_type")} {direction}",
            "location" => $"{TextSortKey("c.location")} {direction}",
            "id" => null,
            EventSort.UpdatedAt => $"c.updated_at {direction}",
            _ => $"c.event_date {direction} {nulls}",
        };
        return key is null ? $"c.id {direction}" : $"{key}, c.id {direction}";
    }

    /// <summary>Escapes a LIKE pattern's wildcards and the escape character (a backslash) in literal text.</summary>
    protected static string LikeLiteral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }

    /// <summary>A condition true when <paramref name="column"/> equals parameter <paramref name="parameter"/>, ignoring case.</summary>
    protected abstract string EqualsIgnoringCase(string column, string parameter);

    /// <summary>A sort key for a text column: case-insensitive, a missing value first.</summary>
    protected abstract string TextSortKey(string column);

    /// <summary>A condition true when <paramref name="column"/> is one of <paramref name="ids"/> (added to <paramref name="args"/>).</summary>
    protected abstract string IdIn(string column, string parameter, IReadOnlyList<long> ids, DynamicParameters args);

    /// <summary>An extra condition that lets a spatial index narrow a bounding box (the exact test is added anyway), or null.</summary>
    protected abstract string? BoxIndexCondition(BoundingBox box);

    /// <summary>A condition true when <paramref name="text"/> occurs in <c>c.search_text</c>, ignoring case.</summary>
    protected abstract string TextCondition(string text, DynamicParameters args);

    /// <summary>The condition that an event's search text holds <paramref name="text"/>, on the events a
    /// <see cref="FilterPart.TextCandidates"/> source yields (only dialects whose text source returns that part).</summary>
    protected virtual string TextCheck(string text, DynamicParameters args) => TextCondition(text, args);

    /// <summary>The dialect's spatial index as a <see cref="SortedSource"/> answering the whole box test, or null.</summary>
    protected virtual SortedSource? BoxSource(BoundingBox box, DynamicParameters args) => null;

    /// <summary>The dialect's text index as a <see cref="SortedSource"/> yielding the candidates for the text (and the
    /// country <paramref name="iso"/>), each then checked by <see cref="TextCheck"/> and the country's condition
    /// (<see cref="FilterPart.TextCandidates"/>); null when it has none for this text.</summary>
    protected virtual SortedSource? TextSource(string text, int? iso, DynamicParameters args) => null;

    private static JsonObject Diff(JsonObject before, JsonObject after)
    {
        var changed = new JsonObject();
        foreach (var (field, value) in after)
        {
            if (field == "claims")
            {
                continue;
            }

            var old = before[field];
            if (!JsonNode.DeepEquals(old, value))
            {
                changed[field] = new JsonObject { ["from"] = old?.DeepClone(), ["to"] = value?.DeepClone() };
            }
        }

        return changed;
    }

    private static long Long(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    /// <summary>The stored contract JSON of one atom.</summary>
    private static async Task<string> AtomJsonAsync(DbConnection connection, DbTransaction? tx, long atomId)
    {
        var row = (IDictionary<string, object>)await connection.QuerySingleAsync(
            "select record_json, record_z, record_dict from atoms where id = @atomId", new { atomId }, tx).ConfigureAwait(false);
        return StoredJson.ReadAtom(row["record_json"], row["record_z"], row["record_dict"]);
    }

    /// <summary>The columns that <see cref="BaseJoin"/> adds: the JSON of a row's dictionary atom.</summary>
    private const string BaseColumns = "b.record_json as base_json, b.record_z as base_z, b.record_dict as base_dict";

    /// <summary>Joins the atom named by <paramref name="column"/> (a row's <c>record_base</c> or <c>what_base</c>) as <c>b</c>.</summary>
    private static string BaseJoin(string column) => $"left join atoms b on b.id = {column}";

    /// <summary>The dictionary of a row read with <see cref="BaseColumns"/>: null when the row names no atom.</summary>
    private static string? BaseJson(IDictionary<string, object> row) =>
        row["base_json"] is null or DBNull ? null : StoredJson.ReadAtom(row["base_json"], row["base_z"], row["base_dict"]);

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
