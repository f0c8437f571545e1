using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

/// <summary>The coder's confidences and distances load from <c>coding-thresholds.tsv</c>, and a broken file fails.</summary>
public sealed class CodingThresholdsTests
{
    private static readonly IReadOnlyList<string[]> Rows = ResourceFile.ReadRows("coding-thresholds.tsv");

    [Fact]
    public void The_bundled_file_gives_every_threshold()
    {
        var t = CodingThresholds.Default;
        Assert.Equal((0.6, 0.9, 0.7, 0.5), (t.GenericActor, t.NamedActor, t.RenamedGenericActor, t.ReportActor));
        Assert.Equal((0.6, 0.5, 0.4), (t.CrowdActor, t.CivilianVictims, t.UnidentifiedArmedGroup));
        Assert.Equal((0.7, 0.6, 0.4, 0.9, 0.6, 400), (t.EarlierDate, t.StatementDate, t.PublicationWeek, t.OwnPlace, t.EarlierPlace, t.PlaceReach));
        Assert.Equal((8, 4, 40, 3, 2), (t.PassiveSubjectReach, t.MarkedAgentReach, t.PossessiveActReach, t.SuffererReach, t.SuffererCountReach));
        Assert.Equal((2, 1, 6, 45, 1), (t.TrailingSpeakerReach, t.PrefixSpeakerReach, t.PrefixStatementReach, t.OwnMenReach, t.MarkedCountryReach));
        Assert.Equal((6, 1, 40, 2, 10), (t.FigureDeathAfterReach, t.FigureDeathBeforeGap, t.FigureCoordinatedReach, t.FigureAsideOpenerReach, t.FigureAsideLength));
        Assert.Equal((2, 2, 10, 14), (t.FigureAfterAsideReach, t.FigurePartOpenerReach, t.FigurePartTotalReach, t.FigurePeriodReach));
    }

    [Fact]
    public void A_missing_threshold_fails_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => new CodingThresholds([.. Rows.Where(r => r[0] != "named-actor")]));
        Assert.Contains("'named-actor' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_threshold_fails_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => new CodingThresholds([.. Rows, ["named-actr", "0.9", "typo"]]));
        Assert.Contains("named-actr", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,9")]
    [InlineData("high")]
    public void A_value_that_is_not_a_number_fails(string value)
    {
        var rows = Rows.Select(r => r[0] == "named-actor" ? [r[0], value, r[2]] : r).ToList();
        Assert.Throws<InvalidDataException>(() => new CodingThresholds(rows));
    }
}
