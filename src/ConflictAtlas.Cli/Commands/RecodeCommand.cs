using System.CommandLine;
using ConflictAtlas.Storage.Ingestion;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas recode</c>: codes every stored report again with the current coder.</summary>
public static class RecodeCommand
{
    public static Command Create(CliContext context)
    {
        var db = StoreOptions.Db();
        var quiet = new Option<bool>("--quiet") { Description = "Print only the summary line, not one line per report" };
        var command = new Command("recode", "Code every stored report again with the current coder; events change only where the coding changed, and the old coding stays in each event's history") { db, quiet };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(db)!, parse.GetValue(quiet), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string db, bool quiet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        var progress = new CallbackProgress<IngestProgress>(p =>
        {
            if (!quiet || p.Status != "unchanged")
            {
                context.Out.WriteLine($"[{p.Done}] {p.Uri}: {p.Status}");
            }
        });
        RecodeSummary summary;
        try
        {
            summary = await new RecodeService(AtlasServices.Pipeline, store).RunAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            return context.Fail($"{store.Description}: the store failed ({ex.Message}); the reports recoded before it are kept, run again to go on");
        }

        var counts = await store.CountsAsync(cancellationToken).ConfigureAwait(false);
        context.Out.WriteLine(
            $"{summary.Reports} stored report(s) coded again: {summary.Changed} changed, {summary.Unchanged} unchanged, {summary.Skipped} skipped; " +
            $"{summary.AtomsBefore} event report(s) before, {summary.AtomsAfter} now. Store {store.Description}: {counts.Events} event(s)");
        return 0;
    }
}
