using System.Text.Json;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Export;

namespace ConflictAtlas.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("atlas-ingest-").FullName;

    private static string Cases => Path.Combine(CliRunner.RepoRoot, "tests", "ConflictAtlas.Storage.Tests", "Cases", "tinzaouaten-drone-strikes");

    private string Db => Path.Combine(_folder, "atlas.db");

    [Fact]
    public async Task Ingest_then_export_csv_in_acled_column_order()
    {
        var (code, stdout, _) = await CliRunner.Run("ingest", "--manifest", Path.Combine(Cases, "manifest.jsonl"), "--db", Db);
        Assert.Equal(0, code);
        Assert.Contains("4 added", stdout, StringComparison.Ordinal);
        Assert.Contains("2 merged into known events", stdout, StringComparison.Ordinal);

        var (exportCode, csv, _) = await CliRunner.Run("export", "--format", "csv", "--db", Db);

        Assert.Equal(0, exportCode);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", EventExporter.CsvColumns), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("MLI", lines[1], StringComparison.Ordinal);
        Assert.All(new[] { "Sahel Wire", "Radio Kidal", "Le Quotidien du Nord" }, outlet => Assert.Contains(outlet, lines[1], StringComparison.Ordinal));
        Assert.Matches(@",8,,\d+$", lines[1]);
    }

    [Fact]
    public async Task Json_export_names_each_source_as_given_and_geojson_has_lon_lat_points()
    {
        var inputs = Directory.GetFiles(Cases, "*.txt").Order(StringComparer.Ordinal).ToArray();
        await CliRunner.Run(["ingest", .. inputs, "--db", Db]);

        var (_, json, _) = await CliRunner.Run("export", "--format", "json", "--db", Db, "--from", "2024-12-01", "--to", "2024-12-02");
        var (_, geojson, _) = await CliRunner.Run("export", "--format", "geojson", "--db", Db, "--country", "MLI");

        var events = JsonDocument.Parse(json).RootElement;
        var merged = Assert.Single(events.EnumerateArray());
        Assert.Equal(inputs.Take(3), merged.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("uri").GetString()).Order(StringComparer.Ordinal));
        Assert.True(merged.GetProperty("id").GetInt64() > 0);
        Assert.Equal("Air/drone strike", merged.GetProperty("sub_event_type").GetString());
        var collection = JsonDocument.Parse(geojson).RootElement;
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var point = collection.GetProperty("features")[0].GetProperty("geometry");
        Assert.Equal("Point", point.GetProperty("type").GetString());
        Assert.Equal([2.968, 19.949], point.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
    }

    [Fact]
    public async Task Bad_inputs_are_reported_and_skipped_without_stopping_the_batch()
    {
        var binary = Path.Combine(_folder, "image.txt");
        await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0, 0, 1]);
        var good = Path.Combine(Cases, "1-wire-service.txt");

        var (code, stdout, stderr) = await CliRunner.Run("ingest", Path.Combine(_folder, "missing.txt"), binary, good, "--db", Db);

        Assert.Equal(CliContext.InputError, code);
        Assert.Contains("missing.txt: no such file", stderr, StringComparison.Ordinal);
        Assert.Contains("PNG image", stderr, StringComparison.Ordinal);
        Assert.Contains("1 added", stdout, StringComparison.Ordinal);
        await using var store = await EventStores.OpenAsync(Db);
        Assert.Equal(1, (await store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task A_named_pipe_is_skipped_and_a_truncated_gzip_page_is_a_failure_in_a_folder_ingest()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        File.Copy(Path.Combine(Cases, "1-wire-service.txt"), Path.Combine(folder, "a-good.txt"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "b-pipe.txt")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A whole gzip page cut off half way, as an interrupted download leaves it.
        using var gz = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(gz, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes("<html><body><article>" + string.Concat(Enumerable.Range(0, 200).Select(i =>
                $"<p>Paragraph {i}: residents of the town described shelling that lasted through the night and damaged the market.</p>")) + "</article></body></html>"));
        }

        var whole = gz.ToArray();
        await File.WriteAllBytesAsync(Path.Combine(folder, "c-cut.html.gz"), whole[..(whole.Length / 2)]);

        var run = CliRunner.Run("ingest", folder, "--db", Db);
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))));
        var (code, stdout, stderr) = await run;

        Assert.Equal(CliContext.InputError, code);
        Assert.Contains("b-pipe.txt: is a named pipe (FIFO), not a regular file; skipped", stderr, StringComparison.Ordinal);
        Assert.Contains("c-cut.html.gz: not a valid gzip file (it is truncated", stderr, StringComparison.Ordinal);
        Assert.Contains("1 added", stdout, StringComparison.Ordinal);
        await using var store = await EventStores.OpenAsync(Db);
        Assert.Equal(1, (await store.CountsAsync()).Documents);
    }

    [Fact]
    public async Task Export_keeps_only_events_at_or_above_the_minimum_confidence_in_every_format()
    {
        await CliRunner.Run("ingest", "--manifest", Path.Combine(Cases, "manifest.jsonl"), "--db", Db);
        var (_, json, _) = await CliRunner.Run("export", "--format", "json", "--db", Db);
        var confidences = JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.GetProperty("confidence").GetDouble()).ToList();
        Assert.NotEmpty(confidences);
        var highest = confidences.Max();
        var threshold = highest.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (code, sure, _) = await CliRunner.Run("export", "--format", "json", "--db", Db, "--min-confidence", threshold);
        var (_, csv, _) = await CliRunner.Run("export", "--format", "csv", "--db", Db, "--min-confidence", threshold);
        var (_, geojson, _) = await CliRunner.Run("export", "--format", "geojson", "--db", Db, "--min-confidence", threshold);
        var (_, none, _) = await CliRunner.Run("export", "--format", "json", "--db", Db, "--min-confidence", "1");

        Assert.Equal(0, code);
        var kept = JsonDocument.Parse(sure).RootElement.EnumerateArray().Select(e => e.GetProperty("confidence").GetDouble()).ToList();
        Assert.Equal(confidences.Count(c => c >= highest), kept.Count);
        Assert.All(kept, c => Assert.True(c >= highest));
        Assert.Equal(kept.Count + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(kept.Count, JsonDocument.Parse(geojson).RootElement.GetProperty("features").GetArrayLength());
        Assert.Equal(confidences.Count(c => c >= 1), JsonDocument.Parse(none).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("-0.5")]
    [InlineData("high")]
    [InlineData("0,7")]
    public async Task A_minimum_confidence_outside_0_to_1_is_refused(string value)
    {
        var (code, stdout, stderr) = await CliRunner.Run("export", "--db", Db, "--min-confidence", value);

        Assert.Equal(CliContext.InputError, code);
        Assert.Empty(stdout);
        Assert.Contains("--min-confidence must be a number from 0 to 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_manifest_line_and_bad_options_give_clear_errors()
    {
        var manifest = Path.Combine(_folder, "m.jsonl");
        await File.WriteAllLinesAsync(manifest, ["{\"published\": \"2024-12-02\"}", "not json", $"{{\"path\": \"{Path.Combine(Cases, "2-local-radio.txt")}\", \"published\": \"2 Dec\"}}"]);

        var (code, _, stderr) = await CliRunner.Run("ingest", "--manifest", manifest, "--db", Db);
        var (exportCode, _, exportErr) = await CliRunner.Run("export", "--db", Db, "--from", "yesterday");
        var (countryCode, _, countryErr) = await CliRunner.Run("export", "--db", Db, "--country", "Atlantis");

        Assert.Equal(CliContext.InputError, code);
        Assert.Contains("m.jsonl:1: needs \"path\" or \"url\"", stderr, StringComparison.Ordinal);
        Assert.Contains("m.jsonl:2: not valid JSON", stderr, StringComparison.Ordinal);
        Assert.Contains("published must be YYYY-MM-DD", stderr, StringComparison.Ordinal);
        Assert.Equal((CliContext.InputError, CliContext.InputError), (exportCode, countryCode));
        Assert.Contains("--from and --to", exportErr, StringComparison.Ordinal);
        Assert.Contains("unknown country 'Atlantis'", countryErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_split_separates_a_source_and_history_shows_why()
    {
        await CliRunner.Run("ingest", "--manifest", Path.Combine(Cases, "manifest.jsonl"), "--db", Db);
        await using (var store = await EventStores.OpenAsync(Db))
        {
            var merged = (await store.QueryEventsAsync(EventFilter.All)).Single(e => e.Sources.Count == 3);
            var atom = merged.Sources[^1].AtomId;

            var (code, stdout, _) = await CliRunner.Run("events", "split", merged.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), atom.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db, "--why", "a separate strike");
            var (_, history, _) = await CliRunner.Run("events", "history", merged.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", Db);
            var (badCode, _, badErr) = await CliRunner.Run("events", "split", merged.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "999999", "--db", Db);

            Assert.Equal(0, code);
            Assert.Contains($"atom {atom} is now event", stdout, StringComparison.Ordinal);
            Assert.Contains("split: atom", history, StringComparison.Ordinal);
            Assert.Contains("a separate strike", history, StringComparison.Ordinal);
            Assert.Equal(CliContext.InputError, badCode);
            Assert.Contains("is not a source of event", badErr, StringComparison.Ordinal);
            Assert.Equal(3, (await store.CountsAsync()).Events);
        }
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("Host=127.0.0.1;Port=1;Database=none;Timeout=2")]
    [InlineData("postgres://")]
    [InlineData("Host=127.0.0.1;Bogus Keyword=1")]
    public async Task A_store_that_cannot_be_opened_gives_a_clear_error(string db)
    {
        var value = db == "folder" ? _folder : db;

        var (code, _, stderr) = await CliRunner.Run("export", "--db", value);

        Assert.Equal(CliContext.InputError, code);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
