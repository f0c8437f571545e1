using System.Data.Common;
using ConflictAtlas.Storage.Review;
using ConflictAtlas.Storage.Sql;
using ConflictAtlas.Storage.Tests.Support;
using Dapper;

namespace ConflictAtlas.Storage.Tests;

/// <summary>An event's record and its revisions are compressed with the contract JSON of the event's first atom as a
/// dictionary (migration 009 on SQLite, 008 on PostgreSQL): they take a fraction of the bytes, read back exactly, and a
/// store of the schema before opens, reads and grows with nothing lost.</summary>
public abstract partial class EventStoreContract
{
    /// <summary>The rows compressed against an atom: (table, text column, compressed column, dictionary's atom column).</summary>
    private static readonly (string Table, string Text, string Compressed, string Base)[] BasedColumns =
        [("canonical_events", "record_json", "record_z", "record_base"), ("revisions", "what", "what_z", "what_base")];

    [Fact]
    public async Task Event_records_and_their_history_are_compressed_against_their_first_atom()
    {
        var location = await CreateDatabaseAsync();
        var menaka = Atoms.Make("2025-05-02", "Ménaka", 15.9182, 2.4022, 6, gazetteerId: "2453348");
        await using (var store = await OpenStoreAsync(location))
        {
            await SaveFiveEventsAsync(store);
            await ChangeEventsAsync(store);
            await store.SaveDocumentAsync(Atoms.Document("menaka.txt", "menaka", menaka));
        }

        await using var connection = Connect(location);
        await connection.OpenAsync();
        // An atom's key is kept against its own record, and reads back as the writer gave it.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from atoms where key_z is null or key_json <> ''"));
        var keys = await AtomKeysAsync(connection);
        var menakaAtom = await connection.ExecuteScalarAsync<long>("select a.id from atoms a join documents d on d.id = a.document_id where d.uri = 'menaka.txt'");
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(menaka.Key), keys[menakaAtom]);
        Assert.Contains("\"2453348\"", keys[menakaAtom], StringComparison.Ordinal);
        var menakaKey = await connection.ExecuteScalarAsync<byte[]>("select key_z from atoms where id = @menakaAtom", new { menakaAtom });
        Assert.True(menakaKey!.Length * 3 < StoredJson.Compress(keys[menakaAtom]).Length, $"{menakaKey.Length} bytes");

        // Every event names the first of its atoms, or, withdrawn, the first it had; and every create, merge and split
        // revision names an atom.
        var events = (await connection.QueryAsync("select id, status, record_base from canonical_events order by id")).Cast<IDictionary<string, object>>().ToList();
        foreach (var e in events)
        {
            var first = await connection.ExecuteScalarAsync<long?>("select min(id) from atoms where canonical_id = @id", new { id = e["id"] });
            Assert.NotNull(e["record_base"]);
            Assert.Equal(first ?? Convert.ToInt64(e["record_base"]), Convert.ToInt64(e["record_base"]));
        }

        Assert.Contains(events, e => (string)e["status"] == "withdrawn");
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from revisions where action in ('create', 'merge', 'split') and what_base is null"));

        // Against its atom, a record or a creating revision (every field from none, kept as the values set) takes under
        // half the bytes it takes compressed on its own.
        foreach (var (table, text, compressed, based) in BasedColumns)
        {
            var rows = await BasedRowsAsync(connection, table, text, compressed, based, table == "revisions" ? "t.action = 'create'" : "1 = 1");
            Assert.NotEmpty(rows);
            long alone = 0, against = 0;
            foreach (var (_, json, stored, _) in rows)
            {
                alone += StoredJson.Compress(json).Length;
                against += stored.Length;
            }

            Assert.True(against * 2 < alone, $"{table}: {against} bytes against the atoms, {alone} alone");
        }
    }

    [Fact]
    public async Task A_store_of_the_schema_before_record_bases_opens_with_every_event_atom_revision_and_comment_unchanged()
    {
        var location = await CreateDatabaseAsync();
        List<string> before;
        await using (var store = await OpenStoreAsync(location))
        {
            await SaveFiveEventsAsync(store);
            await ChangeEventsAsync(store);
            var kidal = (await store.QueryEventsAsync(new EventFilter { Text = "ambush on a convoy" })).Single();
            var sql = (SqlEventStore)store;
            await sql.SetReviewStateAsync(kidal.Id, ReviewStates.Confirmed, "confirm", "analyst", "a second outlet agrees");
            await sql.CorrectAsync(kidal.Id, new System.Text.Json.Nodes.JsonObject { ["fatalities"] = 4 }, "analyst", "the hospital's list");
            await sql.AddCommentAsync(new NewComment(kidal.Id, "Reader", "reader@example.org", "The convoy carried fuel.", CommentStatuses.Published));
            before = await FullSnapshotAsync(store, location);
        }

        var version = await RewindRecordBasesAsync(location);
        await using (var connection = Connect(location))
        {
            await connection.OpenAsync();
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>("select count(*) from schema_version where version = @version", new { version = (long)version }));
            Assert.True(await connection.ExecuteScalarAsync<long>("select count(*) from canonical_events where record_z is not null") > 0);
        }

        await using var migrated = await OpenStoreAsync(location);
        Assert.Equal(before, await FullSnapshotAsync(migrated, location));

        // The old rows keep their plain compression; a report merging into an old event rewrites its record against its
        // first atom and is read with the old revisions.
        var gao = await MergeANewReportIntoGaoAsync(migrated, before);
        await using var check = Connect(location);
        await check.OpenAsync();
        Assert.Equal(gao.Sources[0].AtomId, await check.ExecuteScalarAsync<long>("select record_base from canonical_events where id = @id", new { id = gao.Id }));
        Assert.Equal(1, await check.ExecuteScalarAsync<long>("select count(*) from revisions where what_base is not null"));
    }

    /// <summary><see cref="SnapshotAsync"/> plus each event's published comments and every atom's stored record.</summary>
    private async Task<List<string>> FullSnapshotAsync(IEventStore store, string location)
    {
        var snapshot = await SnapshotAsync(store, location);
        await using var connection = Connect(location);
        await connection.OpenAsync();
        foreach (var id in await connection.QueryAsync<long>("select id from canonical_events order by id"))
        {
            snapshot.AddRange((await ((SqlEventStore)store).CommentsAsync(id, CommentStatuses.Published)).Select(c => $"comment {id} {c.Id} {c.Name} {c.At:O}: {c.Body}"));
        }

        foreach (var row in (await connection.QueryAsync($"select id, canonical_id, superseded, record_json, record_z, {await RecordDictAsync(connection, "atoms")} from atoms order by id")).Cast<IDictionary<string, object>>())
        {
            snapshot.Add($"atom {row["id"]} {row["canonical_id"]} {row["superseded"]}: {StoredJson.ReadAtom(row["record_json"], row["record_z"], row["record_dict"])}");
        }

        Assert.Contains(snapshot, s => s.StartsWith("comment ", StringComparison.Ordinal));
        return snapshot;
    }

    /// <summary>The rows of <paramref name="table"/> compressed against an atom: id, JSON, compressed bytes, atom id.</summary>
    private static async Task<List<(long Id, string Json, byte[] Stored, long Base)>> BasedRowsAsync(
        DbConnection connection, string table, string text, string compressed, string based, string where = "1 = 1")
    {
        var rows = (await connection.QueryAsync(
            $"select t.id, t.{text} as plain, t.{compressed} as z, t.{based} as base, a.record_json, a.record_z, {await RecordDictAsync(connection, "a")} from {table} t join atoms a on a.id = t.{based} where {where}"))
            .Cast<IDictionary<string, object>>();
        return [.. rows.Select(r => (Convert.ToInt64(r["id"]), Read(table, r["plain"], r["z"], StoredJson.ReadAtom(r["record_json"], r["record_z"], r["record_dict"])), (byte[])r["z"], Convert.ToInt64(r["base"])))];
        static string Read(string table, object text, object z, string dictionary) =>
            table == "revisions" ? StoredChanges.Read(text, z, dictionary) : StoredJson.Read(text, z, dictionary);
    }

    /// <summary>Each atom's deduplication key as JSON, by atom id.</summary>
    private static async Task<Dictionary<long, string>> AtomKeysAsync(DbConnection connection) =>
        (await connection.QueryAsync($"select id, record_json, record_z, {await RecordDictAsync(connection, "atoms")}, key_json, key_z from atoms")).Cast<IDictionary<string, object>>().ToDictionary(
            r => Convert.ToInt64(r["id"]), r => StoredJson.Read(r["key_json"], r["key_z"], StoredJson.AtomKeyDictionary(StoredJson.ReadAtom(r["record_json"], r["record_z"], r["record_dict"]))));

    /// <summary>Turns the store back into the schema before record bases: each value compressed against an atom
    /// compressed again on its own, each atom's key written as text (as that schema kept them), the new columns
    /// dropped, the migration unrecorded.
    /// Returns its version.</summary>
    private async Task<int> RewindRecordBasesAsync(string location)
    {
        await RewindFixedDictionariesAsync(location);
        var version = Migrations.For(Dialect).Single(m => m.Sql.Contains("add column record_base", StringComparison.Ordinal)).Version;
        await using var connection = Connect(location);
        await connection.OpenAsync();
        foreach (var (table, text, compressed, based) in BasedColumns)
        {
            foreach (var (id, json, _, _) in await BasedRowsAsync(connection, table, text, compressed, based))
            {
                await connection.ExecuteAsync($"update {table} set {compressed} = @z, {based} = null where id = @id", new { z = StoredJson.Compress(json), id });
            }

            await connection.ExecuteAsync($"alter table {table} drop column {based}");
        }

        foreach (var (id, key) in await AtomKeysAsync(connection))
        {
            await connection.ExecuteAsync("update atoms set key_json = @key, key_z = null where id = @id", new { key, id });
        }

        await connection.ExecuteAsync("alter table atoms drop column key_z");

        await connection.ExecuteAsync("delete from schema_version where version = @version", new { version = (long)version });
        return version;
    }
}
