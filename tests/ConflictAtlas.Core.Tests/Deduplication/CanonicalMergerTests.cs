using System.Text.Json.Nodes;
using ConflictAtlas.Core.Deduplication;

namespace ConflictAtlas.Core.Tests.Deduplication;

public sealed class CanonicalMergerTests
{
    private static AtomView Atom(long id, string date, int timePrecision, int geoPrecision, string location, params (int N, bool Vague)[] claims)
    {
        var record = new JsonObject
        {
            ["event_date"] = date, ["time_precision"] = timePrecision, ["location"] = location, ["geo_precision"] = geoPrecision,
            ["latitude"] = 16.27, ["longitude"] = -0.04, ["confidence"] = 0.5 + id / 10.0,
            ["claims"] = new JsonArray([.. claims.Select(c => (JsonNode)new JsonObject { ["fatalities"] = c.N, ["vague"] = c.Vague })]),
            ["evidence"] = new JsonObject(),
        };
        var key = new AtomKey("Armed clash", "A", "B", 466, null, 16.27, -0.04, geoPrecision, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), timePrecision);
        return new AtomView(id, record, key, $"report-{id}.txt");
    }

    [Fact]
    public void Fatalities_take_the_lowest_exact_claim_of_any_report_and_the_range_of_all()
    {
        var merged = CanonicalMerger.Merge([Atom(1, "2025-03-03", 1, 1, "Gao", (12, true)), Atom(2, "2025-03-03", 1, 1, "Gao", (9, false), (11, false))]);

        Assert.Equal((9, 9, 12), (merged.Record["fatalities"]!.GetValue<int>(), merged.Record["fatalities_low"]!.GetValue<int>(), merged.Record["fatalities_high"]!.GetValue<int>()));
        Assert.Equal(["report-1.txt", "report-2.txt", "report-2.txt"], merged.Record["claims"]!.AsArray().Select(c => c!["source"]!.GetValue<string>()));
        Assert.Null(merged.Record["evidence"]);
    }

    [Fact]
    public void A_reports_own_figure_stands_for_it_so_the_sides_it_adds_up_are_not_cut_to_one_side()
    {
        // "six soldiers and thirty attackers were killed": the report's figure is 36, and 36 stays the figure
        // until a lower figure from another report.
        var alone = Atom(1, "2025-03-03", 1, 1, "Gao", (6, false), (30, false));
        alone.Record["fatalities"] = 36;
        var other = Atom(2, "2025-03-03", 1, 1, "Gao", (20, false));
        other.Record["fatalities"] = 20;

        Assert.Equal(36, CanonicalMerger.Merge([alone]).Record["fatalities"]!.GetValue<int>());
        Assert.Equal((20, 6, 36), (CanonicalMerger.Merge([alone, other]).Record["fatalities"]!.GetValue<int>(),
            CanonicalMerger.Merge([alone, other]).Record["fatalities_low"]!.GetValue<int>(), CanonicalMerger.Merge([alone, other]).Record["fatalities_high"]!.GetValue<int>()));
    }

    [Fact]
    public void Vague_words_count_only_when_nobody_gave_a_figure()
    {
        var merged = CanonicalMerger.Merge([Atom(1, "2025-03-03", 1, 1, "Gao", (12, true)), Atom(2, "2025-03-03", 1, 1, "Gao", (3, true))]);

        Assert.Equal(3, merged.Record["fatalities"]!.GetValue<int>());
    }

    [Fact]
    public void The_most_precise_date_and_place_win_whichever_report_came_first()
    {
        var merged = CanonicalMerger.Merge([Atom(1, "2025-03-05", 2, 3, "Gao region"), Atom(2, "2025-03-04", 1, 2, "near Gao"), Atom(3, "2025-03-05", 2, 1, "Gao")]);

        Assert.Equal(("2025-03-04", 1, "Gao"), (merged.Record["event_date"]!.GetValue<string>(), merged.Record["time_precision"]!.GetValue<int>(), merged.Record["location"]!.GetValue<string>()));
        Assert.Equal((new DateOnly(2025, 3, 4), 1), (merged.Key.Date, merged.Key.GeoPrecision));
        Assert.Equal(0.8, merged.Record["confidence"]!.GetValue<double>(), 3);
    }

    [Fact]
    public void The_key_names_the_place_it_takes_the_coordinates_of_with_its_regions()
    {
        // The first report names only the country; the second a town of a district and region: the event's key is the
        // town's, regions and name included, so a later report naming the region or the district still finds it.
        var country = Atom(1, "2025-03-03", 1, 3, "Mali");
        var town = Atom(2, "2025-03-03", 1, 1, "Tessit");
        town = town with { Key = town.Key with { Location = "Tessit", Admin1 = "Gao", Admin2 = "Ansongo", GazetteerId = "gn-1" } };

        var key = CanonicalMerger.Merge([country with { Key = country.Key with { Location = "Mali" } }, town]).Key;

        Assert.Equal(("Tessit", "Gao", "Ansongo", "gn-1", 1), (key.Location, key.Admin1, key.Admin2, key.GazetteerId, key.GeoPrecision));
    }
}
