using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Core.Tests.Evaluation;

/// <summary>The day a labelled corpus counts as read on, so that undated reports score the same on every run.</summary>
public sealed class LabelledReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atlas-corpus-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Report(string name, string? published)
    {
        File.WriteAllText(Path.Combine(_dir, name + ".txt"), "Soldiers clashed with rebels near Kidal.");
        var date = published is null ? "null" : $"\"{published}\"";
        File.WriteAllText(Path.Combine(_dir, name + ".json"), $$"""{"document": {"published": {{date}}, "language": "en"}, "events": []}""");
    }

    [Fact]
    public void Undated_reports_are_read_on_the_latest_publication_date_of_the_corpus()
    {
        Report("a", "2024-03-01");
        Report("b", "2025-07-15");
        Report("c", null);

        var reports = LabelledReport.ReadAll(_dir).ToList();

        var day = new DateTimeOffset(2025, 7, 15, 0, 0, 0, TimeSpan.Zero);
        Assert.All(reports, r => Assert.Equal(day, r.Input.Metadata.Retrieved));
        Assert.Null(reports.Single(r => r.Path.EndsWith("c.txt", StringComparison.Ordinal)).Input.Metadata.Published);
    }

    [Fact]
    public void A_corpus_without_publication_dates_has_no_reading_day()
    {
        Report("a", null);
        Assert.Null(LabelledReport.CollectedOn(_dir));
    }
}
