using System.CommandLine;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Postgres;
using Spectre.Console;

namespace ConflictAtlas.Cli.Commands;

public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Report files or folders", Arity = ArgumentArity.ZeroOrMore };
        var manifest = new Option<string?>("--manifest") { Description = "A JSONL file: one {\"path\" or \"url\", \"published\", \"source\"} per line" };
        var db = StoreOptions.Db();
        var queue = new Option<bool>("--queue") { Description = "Only enqueue the reports for `atlas worker` (PostgreSQL stores)" };
        var command = new Command("ingest", "Code reports and store their events, merging reports of the same event") { inputs, manifest, db, queue };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(inputs) ?? [], parse.GetValue(manifest), parse.GetValue(db)!, parse.GetValue(queue), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string[] inputs, string? manifest, string db, bool queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (inputs.Length == 0 && manifest is null)
        {
            return context.Fail("nothing to ingest: give files, folders or --manifest FILE");
        }

        var (items, errors) = IngestPlan.Build(inputs, manifest, AtlasServices.Sources);
        foreach (var error in errors)
        {
            context.Error.WriteLine("skipped: " + error);
        }

        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        if (queue)
        {
            if (store is not PostgresEventStore postgres)
            {
                return context.Fail("--queue needs a PostgreSQL store (--db postgres://...)");
            }

            var queued = await new IngestJobs(postgres.DataSource).EnqueueAsync(items, cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"{queued} report(s) queued in {store.Description}; run `atlas worker --db ...` to process them");
            return errors.Count > 0 ? CliContext.InputError : 0;
        }

        var service = new IngestionService(AtlasServices.Pipeline, AtlasServices.Sources, store);
        IngestSummary summary;
        try
        {
            summary = await RunWithProgressAsync(context, service, items, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            // Reports stored before the failure are committed; running the same command again resumes.
            return context.Fail($"{store.Description}: the store failed ({ex.Message}); what was stored is kept, run again to resume");
        }

        foreach (var error in summary.Errors)
        {
            context.Error.WriteLine("skipped: " + error);
        }

        var counts = await store.CountsAsync(cancellationToken).ConfigureAwait(false);
        context.Out.WriteLine(
            $"{summary.Total} report(s): {summary.Added} added, {summary.NewVersions} new version(s), {summary.Unchanged} unchanged, " +
            $"{summary.Failed + errors.Count} skipped; {summary.Atoms} event report(s), {summary.Merged} merged into known events. " +
            $"Store {store.Description}: {counts.Documents} document(s), {counts.Events} event(s)");
        if (summary.Languages.Count > 0)
        {
            context.Out.WriteLine($"languages of the coded reports: {summary.LanguageLine()}");
        }

        if (summary.Unread > 0)
        {
            context.Error.WriteLine($"notice: {summary.Unread} report(s) in a language the coder does not read gave no events (languages read: {string.Join(", ", Languages.Read.Order(StringComparer.Ordinal))})");
        }

        return summary.Failed + errors.Count > 0 ? CliContext.InputError : 0;
    }

    /// <summary>A live progress bar on a terminal; one plain line per report otherwise (Spectre prints nothing
    /// when output is redirected).</summary>
    private static async Task<IngestSummary> RunWithProgressAsync(CliContext context, IngestionService service, List<IngestItem> items, CancellationToken cancellationToken)
    {
        var interactive = ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            var log = new CallbackProgress<IngestProgress>(p => context.Out.WriteLine($"[{p.Done}/{p.Total}] {p.Uri}: {p.Status}"));
            return await service.RunAsync(items, log, cancellationToken).ConfigureAwait(false);
        }

        IngestSummary? summary = null;
        await AnsiConsole.Progress().StartAsync(async ctx =>
        {
            var task = ctx.AddTask("ingesting", maxValue: Math.Max(1, items.Count));
            var bar = new CallbackProgress<IngestProgress>(p => task.Increment(1));
            summary = await service.RunAsync(items, bar, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        // StartAsync returns only after the callback ran to completion, so summary is set.
        return summary!;
    }
}
