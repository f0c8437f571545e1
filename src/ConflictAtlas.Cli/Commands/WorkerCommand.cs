using System.CommandLine;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Postgres;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas worker</c>: takes queued reports from a PostgreSQL store, one at a time, until stopped.</summary>
public static class WorkerCommand
{
    /// <summary>How often an idle worker looks for new jobs.</summary>
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(500);

    public static Command Create(CliContext context)
    {
        var db = StoreOptions.Db();
        var drain = new Option<bool>("--drain") { Description = "Exit once no job is waiting or running, instead of waiting for more" };
        var lease = new Option<int>("--lease") { Description = "Seconds a job is held before another worker may retry it", DefaultValueFactory = _ => (int)IngestJobs.DefaultLease.TotalSeconds };
        var name = new Option<string?>("--name") { Description = "This worker's name in the queue (default host:pid)" };
        var command = new Command("worker", "Process the ingest queue of a PostgreSQL store (run any number, on any machines)") { db, drain, lease, name };
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(db)!, parse.GetValue(drain), parse.GetValue(lease), parse.GetValue(name), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string db, bool drain, int leaseSeconds, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (leaseSeconds <= 0)
        {
            return context.Fail("--lease must be a positive number of seconds");
        }

        await using var store = await StoreOptions.OpenAsync(context, db, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return CliContext.InputError;
        }

        if (store is not PostgresEventStore postgres)
        {
            return context.Fail("atlas worker needs a PostgreSQL store (--db postgres://...)");
        }

        var worker = name ?? $"{Environment.MachineName}:{Environment.ProcessId}";
        var jobs = new IngestJobs(postgres.DataSource);
        var service = new IngestionService(AtlasServices.Pipeline, AtlasServices.Sources, store);
        var processed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var job = await jobs.ClaimAsync(worker, TimeSpan.FromSeconds(leaseSeconds), cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                if (drain)
                {
                    var status = await jobs.StatusAsync(cancellationToken).ConfigureAwait(false);
                    if (status.Pending == 0 && status.Leased == 0)
                    {
                        break;
                    }
                }

                await Task.Delay(IdlePoll, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var summary = await service.RunAsync([job.Item], null, cancellationToken).ConfigureAwait(false);
            var error = summary.Errors.Count > 0 ? summary.Errors[0] : null;
            var kept = await jobs.CompleteAsync(job, worker, error, cancellationToken).ConfigureAwait(false);
            processed++;
            context.Out.WriteLine($"{worker} job {job.Id} {job.Item.Uri}: {(error ?? "done")}{(kept ? string.Empty : " (lease lost; another worker retried it)")}");
        }

        context.Out.WriteLine($"{worker}: {processed} job(s) processed");
        return 0;
    }
}
