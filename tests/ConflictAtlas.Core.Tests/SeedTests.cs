using System.Text.Json.Nodes;
using ConflictAtlas.Core.Output;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests;

/// <summary>The first real input: one drone strike, coded once, with evidence, and nothing from the page's noise.</summary>
public sealed class SeedTests
{
    public const string Needs = "the seed report (seed/)";

    private static readonly Lazy<Document> Seed = new(() => PipelineDefaults.Create().Run(Document.Create(File.ReadAllText(Repo.SeedPath))));

    private static JsonObject Event => (JsonObject)EventRecordWriter.ToJson(Seed.Value)["events"]![0]!;

    [SharedFact(SeedTests.Needs)]
    public void Seed_gives_exactly_one_event() => Assert.Single(Seed.Value.Events);

    [SharedFact(SeedTests.Needs)]
    public void Seed_event_is_an_air_drone_strike_on_1_December_2024()
    {
        var e = Event;
        Assert.Equal("2024-12-01", e["event_date"]!.GetValue<string>());
        Assert.Equal(1, e["time_precision"]!.GetValue<int>());
        Assert.Equal("Political violence", e["disorder_type"]!.GetValue<string>());
        Assert.Equal("Explosions/Remote violence", e["event_type"]!.GetValue<string>());
        Assert.Equal("Air/drone strike", e["sub_event_type"]!.GetValue<string>());
    }

    [SharedFact(SeedTests.Needs)]
    public void Seed_event_has_the_regime_dated_army_against_the_rebel_coalition()
    {
        var e = Event;
        Assert.Equal("Military Forces of Mali (2021-)", e["actor1"]!.GetValue<string>());
        Assert.Equal("Azawad Liberation Front", e["actor2"]!.GetValue<string>());
        Assert.Equal("State forces", e["inter1"]!.GetValue<string>());
        Assert.Equal("Rebel group", e["inter2"]!.GetValue<string>());
        Assert.Equal("State forces-Rebel group", e["interaction"]!.GetValue<string>());
    }

    [SharedFact(SeedTests.Needs)]
    public void Seed_event_is_placed_in_the_Malian_town_not_its_Algerian_twin()
    {
        var e = Event;
        Assert.Equal("Mali", e["country"]!.GetValue<string>());
        Assert.Equal(466, e["iso"]!.GetValue<int>());
        Assert.Equal("Kidal", e["admin1"]!.GetValue<string>());
        Assert.Equal("Tinzaouaten", e["location"]!.GetValue<string>());
        Assert.InRange(e["latitude"]!.GetValue<double>(), 19.9, 20.0);
        Assert.InRange(e["longitude"]!.GetValue<double>(), 2.9, 3.0);
        Assert.Equal(1, e["geo_precision"]!.GetValue<int>());
        Assert.Contains("Mali", e["location_reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [SharedFact(SeedTests.Needs)]
    public void Seed_event_counts_eight_dead()
    {
        var e = Event;
        Assert.Equal(8, e["fatalities"]!.GetValue<int>());
        Assert.Equal(8, e["fatalities_low"]!.GetValue<int>());
        Assert.Equal(8, e["fatalities_high"]!.GetValue<int>());
        Assert.NotEmpty(e["claims"]!.AsArray());
    }

    [SharedTheory(SeedTests.Needs)]
    [InlineData("event_date", "December 1, 2024")]
    [InlineData("sub_event_type", "drone strikes")]
    [InlineData("actor1", "military")]
    [InlineData("actor2", "Tuareg rebel")]
    [InlineData("location", "Tinzaouatine")]
    [InlineData("fatalities", "eight")]
    public void Every_coded_field_points_at_its_words(string field, string expected)
    {
        var spans = Event["evidence"]![field]!.AsArray();
        Assert.Contains(spans, s => s!["text"]!.GetValue<string>().Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [SharedFact(SeedTests.Needs)]
    public void Evidence_text_equals_the_document_text_at_its_offsets()
    {
        var count = SpanAssert.ContractSpansMatch(EventRecordWriter.ToJson(Seed.Value));
        Assert.True(count >= 10);
    }

    [SharedFact(SeedTests.Needs)]
    public void Nothing_is_read_from_the_caption_the_comment_form_or_the_repeated_headline()
    {
        var document = Seed.Value;
        Assert.DoesNotContain("Baidoa", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Required fields", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Removed, r => r.Kind == "caption" && r.Text.Contains("Somalia", StringComparison.Ordinal));
        Assert.Contains(document.Removed, r => r.Kind == "duplicate-headline");
        Assert.Contains(document.Removed, r => r.Kind == "comments" && r.Text.StartsWith("Leave a Reply", StringComparison.Ordinal));
        var title = document.Metadata.Title!;
        Assert.Equal(1, CountOf(document.Text, title));
    }

    [SharedFact(SeedTests.Needs)]
    public void No_event_is_coded_from_history_or_other_countries()
    {
        foreach (var e in Seed.Value.Events)
        {
            Assert.Equal("Mali", e.Place!.Value.Country);
            Assert.True(e.Date!.Value.Date.Year == 2024);
            Assert.DoesNotContain(e.Sentences, s => s.Of(Seed.Value.Text).Contains("2012", StringComparison.Ordinal) && s.Of(Seed.Value.Text).Contains("Since", StringComparison.Ordinal));
        }
    }

    [SharedFact(SeedTests.Needs)]
    public void The_coalition_announcement_adds_no_evidence_to_the_strike()
    {
        var spans = Event["evidence"]!["sub_event_type"]!.AsArray().Select(s => s!["text"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(spans, s => s.Contains("unification", StringComparison.Ordinal) || s.Contains("merger", StringComparison.Ordinal));
    }

    [SharedFact(SeedTests.Needs)]
    public void Seed_language_is_english() => Assert.Equal("en", Seed.Value.Metadata.Language);

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
