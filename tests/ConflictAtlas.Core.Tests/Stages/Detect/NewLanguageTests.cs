using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>
/// A language is read once it has trigger rows: no code changes. German has stop words (so it is recognised) but no
/// vocabulary, so a German report gives no events until a row is added.
/// </summary>
public sealed class NewLanguageTests
{
    /// <summary>A German row of triggers.tsv, written as it would be in the file.</summary>
    private const string GermanClash = "Armed clash\tstrong\tde\tGefecht|Gefechte";

    // German capitalises every noun, so the town is followed by a comma here: a capitalised word right after a place
    // would make it read as a person's first name ("Marcus Childers").
    private const string Report = "Malische Soldaten lieferten sich am Sonntag Gefechte mit Kämpfern der JNIM bei Kidal, die nach Angaben der Armee flohen.";

    private static Document Code(params string[] extraTriggerRows)
    {
        var lexicon = Lexicons.WithExtraTriggers(extraTriggerRows);
        var detect = new EventDetectionStage(new SentenceReader(lexicon, Taxonomy.Default), new EventCoder(ActorCatalog.Default, Taxonomy.Default), CountryCatalog.Default);
        return Reports.MentionStages(InMemoryGazetteer.Supplement).Add(detect).Build().Run(Reports.New(Report));
    }

    [Fact]
    public void A_german_trigger_row_codes_a_german_report()
    {
        var document = Code(GermanClash);
        Assert.Equal("de", document.Metadata.Language);
        Assert.True(document.Events.Length == 1, string.Join("; ", document.Verdicts.Select(v => $"{v.Kind} {v.Reason}")) + " places: " + string.Join(",", document.Places.Select(p => document.TextOf(p.Span))) + " dates: " + string.Join(",", document.Dates.Select(p => document.TextOf(p.Span))));
        var e = Assert.Single(document.Events);
        Assert.Equal("Armed clash", e.Class.Value.SubEventType);
        Assert.Equal("Gefechte", document.TextOf(Assert.Single(e.Trigger.Spans)));
        Assert.Equal("supplement:ml-kidal", e.Place!.Value.GazetteerId);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", e.Actor1!.Value.Name);
        // No German day words: the publication date at week precision.
        Assert.Equal(new EventDate(new DateOnly(2025, 3, 10), 2, DateSource.Publication), e.Date!.Value);
    }

    [Fact]
    public void Without_the_row_the_german_report_is_unread_and_has_no_event()
    {
        var document = Code();
        Assert.Equal("de", document.Metadata.Language);
        Assert.Empty(document.Events);
    }
}
