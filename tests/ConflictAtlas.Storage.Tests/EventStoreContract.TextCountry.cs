using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Text with a country (on SQLite one query of the trigram index, which holds both since migration 004):
/// the same answers as each filter alone, whatever the letters' case and accents, and whatever codes contain others.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Text_with_a_country_matches_case_insensitively_and_only_that_country()
    {
        await using var store = await CreateStoreAsync();
        await SaveSegouEventsAsync(store);

        Assert.Equal(["Ségou", "Baidoa", "Mandera", "Herat", "Nowhere"], await Places(store, new EventFilter { Text = "ségou" }));
        Assert.Equal(["Ségou"], await Places(store, new EventFilter(Iso: 466) { Text = "ségou" }));
        Assert.Equal(["Ségou"], await Places(store, new EventFilter(Iso: 466) { Text = "SÉGOU" }));
        Assert.Equal(["Baidoa"], await Places(store, new EventFilter(Iso: 706) { Text = "SÉGOU" }));
        Assert.Equal(["Herat"], await Places(store, new EventFilter(Iso: 4) { Text = "ségou market" }));
        Assert.Equal(["Mandera"], await Places(store, new EventFilter(Iso: 404) { Text = "Ségou" }));
        Assert.Empty(await Places(store, new EventFilter(Iso: 40) { Text = "ségou" }));
        Assert.Empty(await Places(store, new EventFilter(Iso: 466) { Text = "no such words" }));

        // "mali" is inside "Somalia": the text matches both, the country decides.
        Assert.Equal(["Ségou", "Baidoa"], await Places(store, new EventFilter { Text = "MALI" }));
        Assert.Equal(["Ségou"], await Places(store, new EventFilter(Iso: 466) { Text = "mali" }));
        Assert.Equal(["Baidoa"], await Places(store, new EventFilter(Iso: 706) { Text = "mali" }));
        Assert.Empty(await Places(store, new EventFilter(Iso: 466) { Text = "somalia" }));

        // The country codes are not text.
        Assert.Empty(await Places(store, new EventFilter { Text = "466" }));
        Assert.Empty(await Places(store, new EventFilter(Iso: 706) { Text = "706" }));
        Assert.Empty(await Places(store, new EventFilter(Iso: 4) { Text = "004" }));

        // A code of more than three digits (not ISO 3166, but the store accepts it) is still filtered exactly.
        Assert.Equal(["Nowhere"], await Places(store, new EventFilter(Iso: 4666) { Text = "ségou" }));
        Assert.Empty(await Places(store, new EventFilter(Iso: 4666) { Text = "river" }));

        // Text too short for trigrams, with other filters, and the count of a page.
        Assert.Equal(["Ségou"], await Places(store, new EventFilter(Iso: 466) { Text = "sé" }));
        Assert.Equal(["Mandera"], await Places(store, new EventFilter(Iso: 404, From: new DateOnly(2025, 3, 3)) { Text = "market", MinFatalities = 1 }));
        Assert.Equal(["Baidoa"], await Places(store, new EventFilter(Iso: 706) { Text = "market", Actor = "jnim" }));
        var page = await store.SearchEventsAsync(new EventFilter(Iso: 466) { Text = "market" }, EventSort.Default, 0, 10, 100);
        Assert.Equal("Ségou", Assert.Single(page.Events).Record["location"]!.GetValue<string>());
        Assert.Equal((1, true), (page.Total, page.TotalIsExact));
        var stats = await store.AggregateAsync(new EventFilter(Iso: 706) { Text = "ségou" }, 1000);
        Assert.Equal((1, 7, false), (stats.Events, stats.Fatalities, stats.IsSample));
    }

    [Fact]
    public async Task Text_with_a_country_follows_a_new_version_that_changes_the_country()
    {
        await using var store = await CreateStoreAsync();
        await SaveSegouEventsAsync(store);

        var moved = Atoms.Make("2025-03-01", "Ségou", 13.4317, -6.2157, 3, iso: 706, country: "Somalia");
        moved.Record["notes"] = "raid on the Ségou market, Mali";
        await store.SaveDocumentAsync(Atoms.Document("segou.txt", "segou, corrected", moved));

        Assert.Empty(await Places(store, new EventFilter(Iso: 466) { Text = "ségou" }));
        Assert.Equal(["Ségou", "Baidoa"], await Places(store, new EventFilter(Iso: 706) { Text = "SÉGOU" }));
        Assert.Equal(["Gao"], await Places(store, new EventFilter(Iso: 466) { Text = "river" }));
    }

    /// <summary>Ségou (Mali), Baidoa (Somalia), Mandera (Kenya, code 404), Herat (Afghanistan, code 4) and Nowhere
    /// (code 4666) all mention Ségou, with or without capitals; Gao (Mali) does not.</summary>
    private protected static async Task SaveSegouEventsAsync(IEventStore store)
    {
        var segou = Atoms.Make("2025-03-01", "Ségou", 13.4317, -6.2157, 3);
        segou.Record["notes"] = "raid on the Ségou market, Mali";
        var baidoa = Atoms.Make("2025-03-02", "Baidoa", 3.1138, 43.6498, 7, iso: 706, country: "Somalia");
        baidoa.Record["notes"] = "traders from Ségou at the market of Baidoa, Somalia";
        var mandera = Atoms.Make("2025-03-03", "Mandera", 3.9366, 41.8670, 2, iso: 404, country: "Kenya");
        mandera.Record["notes"] = "ségou market traders stopped";
        var herat = Atoms.Make("2025-03-04", "Herat", 34.3482, 62.1997, 1, iso: 4, country: "Afghanistan");
        herat.Record["notes"] = "the SÉGOU MARKET convoy";
        var gao = Atoms.Make("2025-03-05", "Gao", 16.2717, -0.0447, 0);
        gao.Record["notes"] = "patrol near the river";

        await store.SaveDocumentAsync(Atoms.Document("segou.txt", "segou", segou));
        await store.SaveDocumentAsync(Atoms.Document("baidoa.txt", "baidoa", baidoa));
        await store.SaveDocumentAsync(Atoms.Document("mandera.txt", "mandera", mandera));
        await store.SaveDocumentAsync(Atoms.Document("herat.txt", "herat", herat));
        await store.SaveDocumentAsync(Atoms.Document("gao.txt", "gao", gao));
        var nowhere = Atoms.Make("2025-03-06", "Nowhere", 1.0, 1.0, 0, iso: 4666, country: "Nowhere");
        nowhere.Record["notes"] = "Ségou";
        await store.SaveDocumentAsync(Atoms.Document("nowhere.txt", "nowhere", nowhere));
    }
}
