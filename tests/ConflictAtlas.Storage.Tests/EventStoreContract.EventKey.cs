using System.Data.Common;
using System.Text.Json;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Storage.Sql;
using ConflictAtlas.Storage.Tests.Support;
using Dapper;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Fixed compression dictionaries (migration 010 on SQLite, 009 on PostgreSQL): an event's deduplication key,
/// read back for every candidate of a new atom, and an atom's contract JSON; values an older store kept still read and
/// still match.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Event_keys_are_compressed_read_back_as_written_and_still_match_new_reports()
    {
        var location = await CreateDatabaseAsync();
        var gao = Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9, subType: "Attack", actor1: "Military Forces of Mali (2021-)", actor2: "Civilians (Mali)");
        await using (var store = await OpenStoreAsync(location))
        {
            await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", gao));
        }

        await using (var connection = Connect(location))
        {
            await connection.OpenAsync();
            var row = (IDictionary<string, object>)await connection.QuerySingleAsync("select key_json, key_z from canonical_events where status = 'active'");
            Assert.Equal("", row["key_json"]);
            var json = StoredJson.Read(row["key_json"], row["key_z"], StoredJson.EventKeyDictionary);
            Assert.Equal(gao.Key, JsonSerializer.Deserialize<AtomKey>(json));
            Assert.True(((byte[])row["key_z"]).Length * 2 < json.Length, $"{((byte[])row["key_z"]).Length} bytes for {json.Length} characters");
        }

        await using (var store = await OpenStoreAsync(location))
        {
            var told = await store.SaveDocumentAsync(Atoms.Document("two.txt", "2", Atoms.Make(
                "2025-03-03", "Gao", 16.2717, -0.0447, 9, subType: "Air/drone strike", actor1: "Military Forces of Mali (2021-)", actor2: "Civilians (Mali)")));
            Assert.Equal((1, 0), (told.Merged, told.Created));
        }
    }

    [Fact]
    public async Task An_event_whose_key_an_older_store_kept_as_text_is_still_a_candidate()
    {
        var location = await CreateDatabaseAsync();
        await using (var store = await OpenStoreAsync(location))
        {
            await store.SaveDocumentAsync(Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 7)));
        }

        await using (var connection = Connect(location))
        {
            await connection.OpenAsync();
            var row = (IDictionary<string, object>)await connection.QuerySingleAsync("select id, key_json, key_z from canonical_events where status = 'active'");
            var text = StoredJson.Read(row["key_json"], row["key_z"], StoredJson.EventKeyDictionary);
            await connection.ExecuteAsync("update canonical_events set key_json = @text, key_z = null where id = @id", new { text, id = row["id"] });
        }

        await using (var store = await OpenStoreAsync(location))
        {
            var again = await store.SaveDocumentAsync(Atoms.Document("two.txt", "2", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 7)));
            Assert.Equal((1, 0), (again.Merged, again.Created));
            Assert.Single(await store.QueryEventsAsync(EventFilter.All));
        }
    }

    [Fact]
    public async Task Atom_records_are_compressed_with_the_contract_dictionary_and_read_back_exactly()
    {
        var location = await CreateDatabaseAsync();
        var kidal = Atoms.Make("2025-03-05", "Kidal", 18.4411, 1.4078, 3);
        await using (var store = await OpenStoreAsync(location))
        {
            await store.SaveDocumentAsync(Atoms.Document("kidal.txt", "kidal", kidal));
        }

        await using var connection = Connect(location);
        await connection.OpenAsync();
        var row = (IDictionary<string, object>)await connection.QuerySingleAsync(
            "select a.record_json, a.record_z, a.record_dict from atoms a join documents d on d.id = a.document_id where d.uri = 'kidal.txt'");
        Assert.Equal(StoredJson.ContractDictionaryId, Convert.ToInt64(row["record_dict"]));
        var json = StoredJson.ReadAtom(row["record_json"], row["record_z"], row["record_dict"]);
        Assert.Equal(kidal.Record.ToJsonString(), json);
        Assert.True(((byte[])row["record_z"]).Length < StoredJson.Compress(json).Length, "the dictionary saves bytes");
        Assert.Throws<InvalidDataException>(() => StoredJson.ReadAtom(row["record_json"], row["record_z"], 2L));
    }

    [Fact]
    public async Task A_store_written_before_the_fixed_dictionaries_opens_with_every_event_source_and_revision_unchanged()
    {
        var (location, before) = await FiveChangedEventsAsync();
        await RewindFixedDictionariesAsync(location);
        await using var migrated = await OpenStoreAsync(location);
        Assert.Equal(before, await SnapshotAsync(migrated, location));
        await MergeANewReportIntoGaoAsync(migrated, before);
    }

    /// <summary>Turns the store back into the schema before the fixed dictionaries: atoms' records compressed on their
    /// own, events' keys as text, the new columns dropped, the migration unrecorded.</summary>
    private async Task RewindFixedDictionariesAsync(string location)
    {
        var version = Migrations.For(Dialect).Single(m => m.Sql.Contains("add column record_dict", StringComparison.Ordinal)).Version;
        await using var connection = Connect(location);
        await connection.OpenAsync();
        foreach (var row in (await connection.QueryAsync("select id, record_json, record_z, record_dict from atoms")).Cast<IDictionary<string, object>>())
        {
            var json = StoredJson.ReadAtom(row["record_json"], row["record_z"], row["record_dict"]);
            await connection.ExecuteAsync("update atoms set record_z = @z where id = @id", new { z = StoredJson.Compress(json), id = row["id"] });
        }

        foreach (var row in (await connection.QueryAsync("select id, key_json, key_z from canonical_events")).Cast<IDictionary<string, object>>())
        {
            var text = StoredJson.Read(row["key_json"], row["key_z"] is DBNull ? null : row["key_z"], StoredJson.EventKeyDictionary);
            await connection.ExecuteAsync("update canonical_events set key_json = @text where id = @id", new { text, id = row["id"] });
        }

        await connection.ExecuteAsync("alter table atoms drop column record_dict");
        await connection.ExecuteAsync("alter table canonical_events drop column key_z");
        await connection.ExecuteAsync("delete from schema_version where version = @version", new { version = (long)version });
    }

    /// <summary>The atoms' <c>record_dict</c> column as <paramref name="alias"/> names it, or null under that name in a
    /// store rewound to a schema without it.</summary>
    private static async Task<string> RecordDictAsync(DbConnection connection, string alias)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "select * from atoms where 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        var present = Enumerable.Range(0, reader.FieldCount).Any(i => reader.GetName(i) == "record_dict");
        return present ? $"{alias}.record_dict" : "null as record_dict";
    }
}
