using System.Text.Json.Nodes;
using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Core.Tests.Evaluation;

public sealed class GoldCorrectionsTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Corrections_set_fields_of_required_and_optional_events_and_the_ones_naming_no_event_are_reported()
    {
        File.WriteAllLines(_file, [
            "# id\tevent\tfield\tvalue\treason",
            "r-1\t0\tfatalities\t7\tthe toll of the event's own sentence",
            "r-1\toptional 0\tactor2\tCivilians (Chad)\tthe victims are named",
            "r-1\t3\tfatalities\t2\tno such event",
        ]);
        var corrections = GoldCorrections.Read(_file);
        var gold = JsonNode.Parse("""{"events": [{"fatalities": 5}], "optional_events": [{"actor2": null}]}""")!.AsObject();

        corrections.Apply("r-1", gold);
        corrections.Apply("r-2", gold);

        Assert.Equal(7, gold["events"]![0]!["fatalities"]!.GetValue<int>());
        Assert.Equal("Civilians (Chad)", gold["optional_events"]![0]!["actor2"]!.GetValue<string>());
        Assert.Equal(2, corrections.AppliedCount);
        Assert.Equal("3", Assert.Single(corrections.Unapplied).Event);
    }

    [Fact]
    public void A_correction_without_a_reason_is_refused()
    {
        File.WriteAllText(_file, "r-1\t0\tfatalities\t7\n");

        Assert.Throws<FormatException>(() => GoldCorrections.Read(_file));
    }
}
