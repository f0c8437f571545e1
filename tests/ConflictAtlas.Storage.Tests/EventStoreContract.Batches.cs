using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Several documents in one transaction: the same result as storing them one by one, or nothing at all.</summary>
public abstract partial class EventStoreContract
{
    private static DocumentToStore[] BatchOfReports() =>
    [
        Atoms.Document("one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)),
        // Merges with the first, which is not committed yet when it is stored.
        Atoms.Document("two.txt", "2", Atoms.Make("2025-03-03", "Gao", 16.2800, -0.0400, 11)),
        Atoms.Document("copy-of-one.txt", "1", Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)),
        Atoms.Document("three.txt", "3", Atoms.Make("2025-03-05", "Ansongo", 15.6597, 0.5022, 2)),
        Atoms.Document("three.txt", "3, updated", Atoms.Make("2025-03-05", "Ansongo", 15.6597, 0.5022, 4)),
    ];

    [Fact]
    public async Task A_batch_stores_what_one_by_one_would()
    {
        await using var batched = await CreateStoreAsync();
        await using var single = await CreateStoreAsync();

        var results = await batched.SaveDocumentsAsync(BatchOfReports());
        var oneByOne = new List<SaveResult>();
        foreach (var document in BatchOfReports())
        {
            oneByOne.Add(await single.SaveDocumentAsync(document));
        }

        Assert.Equal(
            [SaveOutcome.Added, SaveOutcome.Added, SaveOutcome.Duplicate, SaveOutcome.Added, SaveOutcome.NewVersion],
            results.Select(r => r.Outcome));
        Assert.Equal(oneByOne.Select(r => (r.Outcome, r.Version, r.Atoms, r.Merged, r.Created)), results.Select(r => (r.Outcome, r.Version, r.Atoms, r.Merged, r.Created)));
        Assert.Equal(await single.CountsAsync(), await batched.CountsAsync());
        static string Summary(IEnumerable<StoredEvent> events) => string.Join("; ", events
            .Select(e => $"{e.Record["location"]} {e.Record["event_date"]} {e.Record["fatalities"]} {string.Join(",", e.Sources.Select(s => s.Uri))}")
            .Order(StringComparer.Ordinal));
        Assert.Equal(Summary(await single.QueryEventsAsync(EventFilter.All)), Summary(await batched.QueryEventsAsync(EventFilter.All)));
        Assert.Contains("Gao 2025-03-03 9 one.txt,two.txt", Summary(await batched.QueryEventsAsync(EventFilter.All)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_that_fails_stores_none_of_its_documents()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("before.txt", "0", Atoms.Make("2025-03-01", "Gao", 16.2717, -0.0447, 1)));
        var before = await store.CountsAsync();
        var batch = BatchOfReports();
        // A document the store cannot hold (no address) after two good ones and a duplicate.
        batch[3] = batch[3] with { Uri = null! };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => store.SaveDocumentsAsync(batch));

        Assert.Equal(before, await store.CountsAsync());
        Assert.False(await store.HasDocumentAsync(batch[0].Sha256));
        Assert.Single(await store.QueryEventsAsync(EventFilter.All));
    }
}
