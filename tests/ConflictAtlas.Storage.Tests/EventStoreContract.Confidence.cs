using ConflictAtlas.Storage.Sql;
using ConflictAtlas.Storage.Tests.Support;
using Dapper;

namespace ConflictAtlas.Storage.Tests;

/// <summary>The minimum-confidence filter, and the migration that adds the confidence column to a store written by
/// the previous schema.</summary>
public abstract partial class EventStoreContract
{
    /// <summary>Three events of confidences 0.4, 0.65 and 0.9 (Gao, Kidal, Menaka); a second, surer report of Gao
    /// (0.8) merges into the first, and a merged event is as sure as its surest report.</summary>
    private static async Task SaveEventsOfThreeConfidencesAsync(IEventStore store)
    {
        var (gao, gaoAgain) = (Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9), Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9));
        var kidal = Atoms.Make("2025-03-10", "Kidal", 18.4411, 1.4078, 2);
        var menaka = Atoms.Make("2025-03-12", "Menaka", 15.9182, 2.4022, 0);
        (gao.Record["confidence"], gaoAgain.Record["confidence"], kidal.Record["confidence"], menaka.Record["confidence"]) = (0.4, 0.8, 0.65, 0.9);
        await store.SaveDocumentAsync(Atoms.Document("gao.txt", "gao", gao));
        await store.SaveDocumentAsync(Atoms.Document("kidal.txt", "kidal", kidal));
        await store.SaveDocumentAsync(Atoms.Document("menaka.txt", "menaka", menaka));
        await store.SaveDocumentAsync(Atoms.Document("gao-2.txt", "gao 2", gaoAgain));
    }

    [Fact]
    public async Task A_minimum_confidence_keeps_the_events_at_or_above_it()
    {
        await using var store = await CreateStoreAsync();
        await SaveEventsOfThreeConfidencesAsync(store);

        Assert.Equal(["Gao", "Kidal", "Menaka"], await Places(store, new EventFilter { MinConfidence = 0 }));
        Assert.Equal(["Gao", "Menaka"], await Places(store, new EventFilter { MinConfidence = 0.7 }));
        Assert.Equal(["Menaka"], await Places(store, new EventFilter { MinConfidence = 0.9 }));
        Assert.Empty(await Places(store, new EventFilter { MinConfidence = 0.95 }));
        Assert.Equal(["Kidal"], await Places(store, new EventFilter(To: new DateOnly(2025, 3, 11)) { MinConfidence = 0.5, MinFatalities = 1, Text = "kidal" }));
        var sums = await store.AggregateAsync(new EventFilter { MinConfidence = 0.7 });
        Assert.Equal((2, 9), (sums.Events, sums.Fatalities));
    }

    [Fact]
    public async Task The_confidence_migration_upgrades_a_store_of_the_previous_schema_without_losing_data()
    {
        var location = await CreateDatabaseAsync();
        List<(long Id, string Record)> before;
        await using (var store = await OpenStoreAsync(location))
        {
            await SaveEventsOfThreeConfidencesAsync(store);
            before = [.. (await store.QueryEventsAsync(EventFilter.All)).Select(e => (e.Id, e.Record.ToJsonString()))];
        }

        // The store as the schema before the confidence column left it: the records as text (the compression came
        // later), the column, added last at the end of the table, not there and its migration not run.
        await RewindCompressionAsync(location);
        var version = Migrations.For(Dialect).Single(m => m.Sql.Contains("add column confidence", StringComparison.Ordinal)).Version;
        await using (var connection = Connect(location))
        {
            await connection.OpenAsync();
            Assert.Equal(1, await connection.ExecuteScalarAsync<long>("select count(*) from schema_version where version = @version", new { version = (long)version }));
            await connection.ExecuteAsync("alter table canonical_events drop column confidence");
            await connection.ExecuteAsync("delete from schema_version where version = @version", new { version });
        }

        await using var migrated = await OpenStoreAsync(location);
        Assert.Equal(before, (await migrated.QueryEventsAsync(EventFilter.All)).Select(e => (e.Id, e.Record.ToJsonString())));
        Assert.Equal(["Gao", "Menaka"], await Places(migrated, new EventFilter { MinConfidence = 0.7 }));

        // Events written after the upgrade carry the column too.
        var tessalit = Atoms.Make("2025-03-20", "Tessalit", 20.2, 1.01, 1);
        tessalit.Record["confidence"] = 0.75;
        await migrated.SaveDocumentAsync(Atoms.Document("tessalit.txt", "tessalit", tessalit));
        Assert.Equal(["Gao", "Menaka", "Tessalit"], await Places(migrated, new EventFilter { MinConfidence = 0.7 }));
    }
}
