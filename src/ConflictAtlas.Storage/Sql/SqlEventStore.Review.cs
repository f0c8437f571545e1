using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Storage.Review;
using Dapper;

namespace ConflictAtlas.Storage.Sql;

/// <summary>Review actions: each sets <c>review_state</c> and appends a revision in the same transaction.</summary>
public abstract partial class SqlEventStore
{
    public async Task SetReviewStateAsync(long eventId, string state, string action, string who, string why, CancellationToken cancellationToken = default)
    {
        if (state is not (ReviewStates.Confirmed or ReviewStates.Rejected or ReviewStates.Unreviewed))
        {
            throw new StoreException($"'{state}' is not set directly (confirmed, rejected or unreviewed)");
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockWritersAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        var before = await ActiveStateAsync(connection, tx, eventId).ConfigureAwait(false);
        var now = Now();
        await SetStateAsync(connection, tx, eventId, state, now).ConfigureAwait(false);
        var what = new JsonObject { ["review_state"] = new JsonObject { ["from"] = before, ["to"] = state } };
        await using (var w = new WriteStatements(connection, tx))
        {
            await AddRevisionAsync(w, eventId, now, who, action, what, why).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CorrectAsync(long eventId, JsonObject fields, string who, string why, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var (values, errors) = ContractFields.Default.Validate(fields);
        if (errors.Count > 0)
        {
            throw new StoreException(string.Join("; ", errors.Values.SelectMany(e => e)));
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockWritersAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        await ActiveStateAsync(connection, tx, eventId).ConfigureAwait(false);
        var corrections = await CorrectionsAsync(connection, tx, eventId).ConfigureAwait(false);
        foreach (var (name, value) in values)
        {
            corrections[name] = value?.DeepClone();
        }

        var now = Now();
        await connection.ExecuteAsync(
            "update canonical_events set corrections_json = @json where id = @eventId", new { eventId, json = corrections.ToJsonString() }, tx).ConfigureAwait(false);
        await SetStateAsync(connection, tx, eventId, ReviewStates.Corrected, now).ConfigureAwait(false);
        await using (var w = new WriteStatements(connection, tx))
        {
            await RecomputeAsync(w, eventId, "correct", who, why, null, now).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MergeAsync(long eventId, long otherId, string who, string why, CancellationToken cancellationToken = default)
    {
        if (eventId == otherId)
        {
            throw new StoreException($"event {eventId} cannot be merged into itself");
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await LockWritersAsync(connection, tx, cancellationToken).ConfigureAwait(false);
        await ActiveStateAsync(connection, tx, eventId).ConfigureAwait(false);
        var otherState = await ActiveStateAsync(connection, tx, otherId).ConfigureAwait(false);
        var now = Now();
        await connection.ExecuteAsync("update atoms set canonical_id = @eventId where canonical_id = @otherId", new { eventId, otherId }, tx).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "update canonical_events set status = 'merged', review_state = @merged, updated_at = @now where id = @otherId",
            new { otherId, merged = ReviewStates.Merged, now }, tx).ConfigureAwait(false);
        var into = new JsonObject { ["into"] = eventId, ["review_state"] = new JsonObject { ["from"] = otherState, ["to"] = ReviewStates.Merged } };
        await using (var w = new WriteStatements(connection, tx))
        {
            await AddRevisionAsync(w, otherId, now, who, "merge", into, $"merged into event {eventId}: {why}").ConfigureAwait(false);
            await RecomputeAsync(w, eventId, "merge", who, $"event {otherId} merged into this one: {why}", null, now).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The review state of an active event; throws when the event is unknown, withdrawn or merged.</summary>
    private static async Task<string> ActiveStateAsync(DbConnection connection, DbTransaction tx, long eventId)
    {
        var row = (await connection.QueryAsync("select status, review_state from canonical_events where id = @eventId", new { eventId }, tx).ConfigureAwait(false))
            .Cast<IDictionary<string, object>>().FirstOrDefault() ?? throw new StoreException($"there is no event {eventId}");
        return (string)row["status"] == "active"
            ? (string)row["review_state"]
            : throw new StoreException($"event {eventId} is {(string)row["status"]}; only active events can be reviewed");
    }

    private static Task<int> SetStateAsync(DbConnection connection, DbTransaction tx, long eventId, string state, string now) =>
        connection.ExecuteAsync("update canonical_events set review_state = @state, updated_at = @now where id = @eventId", new { eventId, state, now }, tx);

    /// <summary>Appends a revision; its changes are compressed with <paramref name="whatBase"/>'s JSON as dictionary when
    /// given (the event's first atom, whose fields a create or merge repeats).</summary>
    private static Task<int> AddRevisionAsync(WriteStatements w, long eventId, string now, string who, string action, JsonObject what, string why,
        RecordBase? whatBase = null) =>
        w.ExecuteAsync(
            "insert into revisions (canonical_id, at, who, action, what, what_z, what_base, why) values (@eventId, @now, @who, @action, @moved, @what, @whatBase, @why)",
            ("eventId", eventId), ("now", now), ("who", who), ("action", action), ("moved", StoredJson.Moved),
            ("what", StoredChanges.Compress(what, whatBase?.Json)), ("whatBase", whatBase?.AtomId), ("why", why));

    private static async Task<JsonObject> CorrectionsAsync(DbConnection connection, DbTransaction tx, long eventId)
    {
        var json = await connection.ExecuteScalarAsync<string?>("select corrections_json from canonical_events where id = @eventId", new { eventId }, tx).ConfigureAwait(false);
        return string.IsNullOrEmpty(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];
    }

    /// <summary>Reviewers' values win over the merged reports'.</summary>
    private static void ApplyCorrections(JsonObject record, JsonObject corrections)
    {
        foreach (var (name, value) in corrections)
        {
            record[name] = value?.DeepClone();
        }
    }

    /// <summary>The deduplication key with the corrected date, type and country, so later reports merge with what
    /// the reviewer says the event is.</summary>
    private static AtomKey Corrected(AtomKey key, JsonObject corrections)
    {
        if (corrections["event_date"] is JsonValue d && d.TryGetValue<string>(out var day))
        {
            // A reviewer's date is the event's own, whatever the reports' dates came from.
            key = key with { Date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateSource = Core.Events.DateSource.Text };
        }

        if (corrections["time_precision"] is JsonValue p && p.TryGetValue<int>(out var precision))
        {
            key = key with { TimePrecision = precision };
        }

        if (corrections["sub_event_type"] is JsonValue s && s.TryGetValue<string>(out var sub))
        {
            key = key with { SubEventType = sub };
        }

        if (corrections.ContainsKey("iso"))
        {
            key = key with { Iso = corrections["iso"] is JsonValue i && i.TryGetValue<int>(out var iso) ? iso : null };
        }

        return key;
    }
}
