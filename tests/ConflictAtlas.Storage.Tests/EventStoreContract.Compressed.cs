using System.Data.Common;
using ConflictAtlas.Storage.Review;
using ConflictAtlas.Storage.Sql;
using ConflictAtlas.Storage.Tests.Support;
using Dapper;

namespace ConflictAtlas.Storage.Tests;

/// <summary>The contract JSON of atoms and events and the changes of revisions are kept compressed (migration 008 on
/// SQLite, 007 on PostgreSQL): what is read back is exactly what was written, and a store written before the migration
/// opens, reads and grows as before.</summary>
public abstract partial class EventStoreContract
{
    /// <summary>The tables and columns whose JSON the store keeps compressed: (table, text column, compressed column).</summary>
    private static readonly (string Table, string Text, string Compressed)[] CompressedColumns =
        [("atoms", "record_json", "record_z"), ("canonical_events", "record_json", "record_z"), ("revisions", "what", "what_z")];

    [Fact]
    public async Task Records_are_kept_compressed_and_read_back_exactly_as_written()
    {
        var location = await CreateDatabaseAsync();
        var kidal = Atoms.Make("2025-06-10", "Kidal", 18.4411, 1.4078, 12, subType: "Air/drone strike", actor2: "Civilians (Mali)");
        kidal.Record["notes"] = "drone strike on a wedding, « témoins » said";
        kidal.Record["evidence"]!["notes"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["start"] = 0, ["end"] = 11, ["text"] = "drone strike" });
        await using (var store = await OpenStoreAsync(location))
        {
            await SaveFiveEventsAsync(store);
            await store.SaveDocumentAsync(Atoms.Document("kidal-wedding.txt", "kidal wedding", kidal));
            await ChangeEventsAsync(store);
            var gao = (await store.QueryEventsAsync(new EventFilter { Admin1 = "gao" })).Single(e => e.Sources.Count == 1 && e.Sources[0].Uri == "gao.txt");
            await store.SetReviewStateAsync(gao.Id, ReviewStates.Confirmed, "confirm", "analyst", "checked with a second outlet");

            var wedding = (await store.QueryEventsAsync(new EventFilter { Text = "témoins" })).Single();
            Assert.Equal(kidal.Record["notes"]!.GetValue<string>(), wedding.Record["notes"]!.GetValue<string>());
            Assert.Equal(kidal.Record["evidence"]!.ToJsonString(), wedding.Sources.Single(s => s.Uri == "kidal-wedding.txt").Evidence.ToJsonString());
            var review = (await store.RevisionsAsync(gao.Id))[^1];
            Assert.Equal(("confirm", "analyst"), (review.Action, review.Who));
            Assert.Equal(ReviewStates.Confirmed, System.Text.Json.Nodes.JsonNode.Parse(review.What)!["review_state"]!["to"]!.GetValue<string>());
        }

        await using var connection = Connect(location);
        await connection.OpenAsync();
        foreach (var (table, text, compressed) in CompressedColumns)
        {
            // Every row of this schema holds its JSON compressed, and the text column is left empty.
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>($"select count(*) from {table} where {compressed} is null or {text} <> ''"));
            Assert.True(await connection.ExecuteScalarAsync<long>($"select count(*) from {table}") > 0);
        }

        // The stored atom decompresses to the very JSON the coder produced.
        var stored = (IDictionary<string, object>)await connection.QuerySingleAsync(
            "select a.record_json, a.record_z, a.record_dict from atoms a join documents d on d.id = a.document_id where d.uri = 'kidal-wedding.txt'");
        Assert.Equal(kidal.Record.ToJsonString(), StoredJson.ReadAtom(stored["record_json"], stored["record_z"], stored["record_dict"]));
    }

    [Fact]
    public async Task A_store_written_before_compression_opens_with_every_event_source_and_revision_unchanged()
    {
        var (location, before) = await FiveChangedEventsAsync();
        var version = await RewindCompressionAsync(location);
        await using (var connection = Connect(location))
        {
            await connection.OpenAsync();
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>($"select count(*) from schema_version where version = {version}"));
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from atoms where record_json = ''"));
        }

        await using var migrated = await OpenStoreAsync(location);
        Assert.Equal(before, await SnapshotAsync(migrated, location));

        // The old rows stay text; a new report merging into an old event is read with them, and is written compressed.
        await MergeANewReportIntoGaoAsync(migrated, before);
        await using var check = Connect(location);
        await check.OpenAsync();
        Assert.Equal(1, await check.ExecuteScalarAsync<long>("select count(*) from atoms a join documents d on d.id = a.document_id where d.uri = 'gao-3.txt' and a.record_z is not null"));
    }

    /// <summary>Stores a third report of the Gao clash into a store opened after a migration and checks it joins the
    /// old event, whose earlier history (from <paramref name="before"/>, a <see cref="SnapshotAsync"/>) is unchanged.</summary>
    private static async Task<StoredEvent> MergeANewReportIntoGaoAsync(IEventStore migrated, List<string> before)
    {
        var gaoAgain = Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 7);
        gaoAgain.Record["admin1"] = "Gao";
        var saved = await migrated.SaveDocumentAsync(Atoms.Document("gao-3.txt", "gao 3", gaoAgain));
        Assert.Equal(1, saved.Merged);
        var gao = (await migrated.QueryEventsAsync(new EventFilter { Text = "gao-3" })).Single();
        Assert.Equal(["gao.txt", "gao-3.txt"], gao.Sources.Select(s => s.Uri));
        Assert.Equal((7, 7, 9), (gao.Record["fatalities"]!.GetValue<int>(), gao.Record["fatalities_low"]!.GetValue<int>(), gao.Record["fatalities_high"]!.GetValue<int>()));
        var history = await migrated.RevisionsAsync(gao.Id);
        Assert.Equal(before.Single(s => s.StartsWith($"revisions {gao.Id}:", StringComparison.Ordinal)), Describe(gao.Id, history.SkipLast(1)));
        Assert.Equal("merge", history[^1].Action);
        return gao;
    }

    /// <summary>A new store holding the five events, changed, and its <see cref="SnapshotAsync"/>.</summary>
    private async Task<(string Location, List<string> Before)> FiveChangedEventsAsync()
    {
        var location = await CreateDatabaseAsync();
        await using var store = await OpenStoreAsync(location);
        await SaveFiveEventsAsync(store);
        await ChangeEventsAsync(store);
        return (location, await SnapshotAsync(store, location));
    }

    /// <summary>Every event (active or not) with its record, its sources' evidence and its revisions, as text.</summary>
    private async Task<List<string>> SnapshotAsync(IEventStore store, string location)
    {
        await using var connection = Connect(location);
        await connection.OpenAsync();
        var ids = (await connection.QueryAsync<long>("select id from canonical_events order by id")).ToList();
        Assert.NotEmpty(ids);
        var snapshot = new List<string>();
        foreach (var id in ids)
        {
            var e = (await store.GetEventAsync(id))!;
            snapshot.Add($"event {id} {e.Status}: {e.Record.ToJsonString()}");
            snapshot.AddRange(e.Sources.Select(s => $"source {id} {s.AtomId} {s.Uri}: {s.Evidence.ToJsonString()}"));
            snapshot.Add(Describe(id, await store.RevisionsAsync(id)));
        }

        return snapshot;
    }

    private static string Describe(long id, IEnumerable<Revision> revisions) =>
        $"revisions {id}: " + string.Join(" | ", revisions.Select(r => $"{r.Id} {r.At:O} {r.Who} {r.Action} {r.What} {r.Why}"));

    /// <summary>Turns the store back into the schema before compression: each compressed value written back as JSON
    /// text (as that schema kept it), the compressed columns dropped, the migration unrecorded (and the later one that
    /// compresses against atoms before it). Returns its version.</summary>
    private async Task<int> RewindCompressionAsync(string location)
    {
        await RewindRecordBasesAsync(location);
        var version = Migrations.For(Dialect).Single(m => m.Sql.Contains("add column record_z", StringComparison.Ordinal)).Version;
        await using var connection = Connect(location);
        await connection.OpenAsync();
        foreach (var (table, text, compressed) in CompressedColumns)
        {
            await WriteBackAsTextAsync(connection, table, text, compressed);
            await connection.ExecuteAsync($"alter table {table} drop column {compressed}");
        }

        await connection.ExecuteAsync("delete from schema_version where version = @version", new { version = (long)version });
        return version;
    }

    private static async Task WriteBackAsTextAsync(DbConnection connection, string table, string text, string compressed)
    {
        var rows = (await connection.QueryAsync($"select id, {text}, {compressed} from {table} where {compressed} is not null")).Cast<IDictionary<string, object>>().ToList();
        foreach (var row in rows)
        {
            await connection.ExecuteAsync($"update {table} set {text} = @json, {compressed} = null where id = @id", new { json = StoredJson.Read(row[text], row[compressed]), id = row["id"] });
        }
    }

    /// <summary>A row of <paramref name="table"/> as a schema before compression held it: the JSON as text, no compressed column.</summary>
    private static IDictionary<string, object?> AsText(string table, IDictionary<string, object?> row)
    {
        foreach (var (t, text, compressed) in CompressedColumns)
        {
            if (t == table && row.TryGetValue(compressed, out var value))
            {
                row[text] = StoredJson.Read(row[text], value is DBNull ? null : value);
                row.Remove(compressed);
            }
        }

        return row;
    }
}
