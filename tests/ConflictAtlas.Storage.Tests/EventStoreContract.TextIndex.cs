using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Text search answers whether the search text holds the text itself, not only its pieces (on SQLite the
/// trigram index keeps no positions since migration 011, and the store checks each candidate).</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Text_matches_only_where_it_is_held_whole_not_where_its_trigrams_are_scattered()
    {
        await using var store = await CreateStoreAsync();
        var told = Atoms.Make("2025-04-01", "Ansongo", 15.66, 0.50, 2);
        told.Record["notes"] = "A drone strike hit a fuel depot.";
        var scattered = Atoms.Make("2025-04-02", "Bourem", 16.95, -0.35, 3);
        scattered.Record["notes"] = "The strike by a drone one day earlier missed.";
        var accented = Atoms.Make("2025-04-03", "Ménaka", 15.92, 2.40, 1);
        accented.Record["notes"] = "Une FRAPPE DE DRONE a visé le marché.";
        await store.SaveDocumentAsync(Atoms.Document("told.txt", "told", told));
        await store.SaveDocumentAsync(Atoms.Document("scattered.txt", "scattered", scattered));
        await store.SaveDocumentAsync(Atoms.Document("accented.txt", "accented", accented));

        Assert.Equal(["Ansongo"], await Places(store, new EventFilter { Text = "drone strike" }));
        Assert.Equal(["Ansongo"], await Places(store, new EventFilter(Iso: 466) { Text = "DRONE STRIKE" }));
        Assert.Equal(["Bourem"], await Places(store, new EventFilter { Text = "strike by a drone" }));
        Assert.Equal(["Ménaka"], await Places(store, new EventFilter { Text = "frappe de drone a VISÉ" }));
        Assert.Equal(["Ménaka"], await Places(store, new EventFilter { Text = "LE MARCHÉ" }));
        Assert.Empty(await Places(store, new EventFilter { Text = "drone strike missed" }));
        Assert.Empty(await Places(store, new EventFilter { Text = "depot. Ansongo" }));
        Assert.Equal(1, (await store.AggregateAsync(new EventFilter { Text = "drone strike" })).Events);
    }

    [Fact]
    public async Task A_text_holding_the_characters_of_a_country_token_is_not_taken_for_that_country()
    {
        await using var store = await CreateStoreAsync();
        var elsewhere = Atoms.Make("2025-04-01", "Baidoa", 3.11, 43.65, 2, iso: 706, country: "Somalia");
        elsewhere.Record["notes"] = "Market clash \uE004\uE006\uE006 reported.";
        var mali = Atoms.Make("2025-04-01", "Gao", 16.27, -0.04, 2);
        mali.Record["notes"] = "Market clash reported.";
        await store.SaveDocumentAsync(Atoms.Document("baidoa.txt", "baidoa", elsewhere));
        await store.SaveDocumentAsync(Atoms.Document("gao.txt", "gao", mali));

        Assert.Equal(["Gao"], await Places(store, new EventFilter(Iso: 466) { Text = "market clash" }));
        Assert.Equal(["Baidoa"], await Places(store, new EventFilter(Iso: 706) { Text = "market clash" }));
        Assert.Equal(["Baidoa", "Gao"], (await Places(store, new EventFilter { Text = "market clash" })).Order());
    }
}
