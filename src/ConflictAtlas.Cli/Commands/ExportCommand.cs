using System.CommandLine;
using System.Globalization;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Export;

namespace ConflictAtlas.Cli.Commands;

public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "csv (ACLED columns), json (contract fields, id, sources) or geojson", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong([.. EventExporter.Formats]);
        var db = StoreOptions.Db();
        var country = new Option<string?>("--country") { Description = "Only this country: name, ISO alpha-2/alpha-3 or numeric code" };
        var from = new Option<string?>("--from") { Description = "First event date, YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Last event date, YYYY-MM-DD" };
        var minConfidence = new Option<string?>("--min-confidence") { Description = "Only events whose confidence is at least this, a number from 0 to 1" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Write the canonical events as CSV, JSON or GeoJSON") { format, db, country, from, to, minConfidence, output };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(format)!, parse.GetValue(db)!, parse.GetValue(country), parse.GetValue(from), parse.GetValue(to), parse.GetValue(output), ct, parse.GetValue(minConfidence)));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string format, string db, string? country, string? from, string? to, string? output, CancellationToken cancellationToken, string? minConfidence = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        int? iso = null;
        if (country is not null)
        {
            var match = FindCountry(country);
            if (match is null)
            {
                return context.Fail($"unknown country '{country}'");
            }

            iso = match.IsoNumeric;
        }

        if (!TryDate(from, out var fromDate) || !TryDate(to, out var toDate))
        {
            return context.Fail("--from and --to must be dates as YYYY-MM-DD");
        }

        double? lowest = null;
        if (minConfidence is not null)
        {
            if (!EventFilter.TryParseConfidence(minConfidence.Trim(), out var c))
            {
                return context.Fail($"--min-confidence must be {EventFilter.ConfidenceRule}, not '{minConfidence}'");
            }

            lowest = c;
        }

        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        // Events are read from the store and written a batch at a time, oldest first: memory does not grow with the store.
        var events = store.StreamEventsAsync(new EventFilter(iso, fromDate, toDate) { MinConfidence = lowest }, new EventSort("event_date", false), 0, int.MaxValue, cancellationToken);
        if (output is null)
        {
            await EventExporter.WriteAsync(context.Out, format, events, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        long written;
        try
        {
            await using var writer = new StreamWriter(output);
            written = await EventExporter.WriteAsync(writer, format, events, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return context.Fail($"{output}: cannot be written ({ex.Message})");
        }

        context.Error.WriteLine($"{written} event(s) written to {output}");
        return 0;
    }

    public static Country? FindCountry(string text) => CountryCatalog.Default.Find(text);

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }
}
