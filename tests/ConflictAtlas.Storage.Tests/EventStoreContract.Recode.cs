using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Tests.Support;

namespace ConflictAtlas.Storage.Tests;

/// <summary>Coding stored reports again: events follow the current coder, the old reading stays in the history.</summary>
public abstract partial class EventStoreContract
{
    private const string StrikeReport =
        "A Malian army drone strike killed six fighters near Kidal on Sunday, the army said in a statement on Monday. " +
        "Residents said the strike hit a camp east of the town.";

    [Fact]
    public async Task Recoding_replaces_an_outdated_reading_and_keeps_it_in_the_history()
    {
        await using var store = await CreateStoreAsync();
        // Stored as an older coder read it: a clash in Gao.
        var saved = await store.SaveDocumentAsync(Atoms.Document("strike.txt", StrikeReport, Atoms.Make("2025-03-03", "Gao", 16.2717, -0.0447, 9)));
        var old = Assert.Single(await store.QueryEventsAsync(EventFilter.All));

        var summary = await new RecodeService(Coder.Value, store).RunAsync();

        Assert.Equal((1, 1, 0, 0), (summary.Reports, summary.Changed, summary.Unchanged, summary.Skipped));
        var now = Assert.Single(await store.QueryEventsAsync(EventFilter.All));
        Assert.NotEqual(old.Id, now.Id);
        Assert.Equal("Kidal", now.Record["location"]!.GetValue<string>());
        Assert.Equal(6, now.Record["fatalities"]!.GetValue<int>());
        Assert.Equal(saved.DocumentId, Assert.Single(now.Sources).DocumentId);
        var withdrawn = await store.GetEventAsync(old.Id);
        Assert.Equal("withdrawn", withdrawn!.Status);
        Assert.Contains(await store.RevisionsAsync(old.Id), r => r.Action == "recode");
        Assert.Equal(1, (await store.CountsAsync()).Documents);

        // The same coder a second time changes nothing and writes nothing.
        var revisions = (await store.RevisionsAsync(now.Id)).Count;
        var again = await new RecodeService(Coder.Value, store).RunAsync();
        Assert.Equal((1, 0, 1), (again.Reports, again.Changed, again.Unchanged));
        Assert.Equal(revisions, (await store.RevisionsAsync(now.Id)).Count);
        Assert.Equal(now.Id, Assert.Single(await store.QueryEventsAsync(EventFilter.All)).Id);
    }

    [Fact]
    public async Task Only_the_latest_version_of_a_page_is_recoded_and_a_text_the_reader_would_cut_is_skipped()
    {
        await using var store = await CreateStoreAsync();
        await store.SaveDocumentAsync(Atoms.Document("page.html", "An older text of the page."));
        await store.SaveDocumentAsync(Atoms.Document("page.html", StrikeReport));
        // Stored text with a comment form the reader now removes: the evidence would not point into it any more.
        await store.SaveDocumentAsync(Atoms.Document("furniture.txt", StrikeReport.Replace("Kidal", "Gao", StringComparison.Ordinal) + "\n\nLeave a Reply\n\nYour email address will not be published."));

        var summary = await new RecodeService(Coder.Value, store).RunAsync();

        Assert.Equal((2, 1, 0, 1), (summary.Reports, summary.Changed, summary.Unchanged, summary.Skipped));
        Assert.Contains(summary.Notes, n => n.StartsWith("furniture.txt:", StringComparison.Ordinal));
        Assert.Equal(["Kidal"], (await store.QueryEventsAsync(EventFilter.All)).Select(e => e.Record["location"]!.GetValue<string>()));
    }
}
