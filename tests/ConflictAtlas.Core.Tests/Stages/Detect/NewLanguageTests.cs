using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>A trigger word in a new language is one more data row: no code changes.</summary>
public sealed class NewLanguageTests
{
    /// <summary>A Spanish row of triggers.tsv, written as it would be in the file.</summary>
    private const string SpanishClash = "Armed clash\tstrong\tes\tse enfrentaron|enfrentamientos";

    private const string Report = "Soldados malienses se enfrentaron con combatientes del JNIM en Kidal.";

    private static Document Code(params string[] extraTriggerRows)
    {
        var lexicon = Lexicons.WithExtraTriggers(extraTriggerRows);
        var detect = new EventDetectionStage(new SentenceReader(lexicon, Taxonomy.Default), new EventCoder(ActorCatalog.Default, Taxonomy.Default), CountryCatalog.Default);
        return Reports.MentionStages(InMemoryGazetteer.Supplement).Add(detect).Build().Run(Reports.New(Report));
    }

    [Fact]
    public void A_spanish_trigger_row_codes_a_spanish_report()
    {
        var document = Code(SpanishClash);
        var e = Assert.Single(document.Events);
        Assert.Equal("Armed clash", e.Class.Value.SubEventType);
        Assert.Equal("se enfrentaron", document.TextOf(Assert.Single(e.Trigger.Spans)));
        Assert.Equal("supplement:ml-kidal", e.Place!.Value.GazetteerId);
        Assert.Equal("Mali", e.Place.Value.Country);
        // No Spanish day words yet: the publication date at week precision.
        Assert.Equal(new EventDate(new DateOnly(2025, 3, 10), 2), e.Date!.Value);
        // "Soldados malienses" are Mali's forces through the Spanish templates of state-forces.tsv.
        Assert.Equal("Military Forces of Mali (2021-)", e.Actor1!.Value.Name);
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", e.Actor2!.Value.Name);
    }

    [Fact]
    public void Without_the_row_the_same_report_has_no_event() => Assert.Empty(Code().Events);
}
