using System.CommandLine;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Postgres;

namespace ConflictAtlas.Cli.Commands;

/// <summary><c>atlas worker</c>: takes queued reports from a PostgreSQL store, a batch at a time, until stopped.</summary>
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
        var batch = new Option<int>("--batch")
        {
            Description = "Jobs claimed per round trip to the queue, coded on every core and stored in one transaction (default 4 per core)",
            DefaultValueFactory = _ => 4 * Environment.ProcessorCount,
        };
        var shareMachine = new Option<bool>("--share-machine")
        {
            Description = "Code at the same time as other workers of this store on this machine. By default a worker waits while another "
                + "one of the same store codes here (it takes over when that one stops): one worker already codes on every core, and "
                + "two on the same cores were slower than one (docs/store.md)",
        };
        var command = new Command("worker", "Process the ingest queue of a PostgreSQL store (run any number, on any machines)") { db, drain, lease, name, batch, shareMachine };
        command.SetAction((parse, ct) => RunAsync(
            context, parse.GetValue(db)!, parse.GetValue(drain), parse.GetValue(lease), parse.GetValue(name), ct, parse.GetValue(batch), parse.GetValue(shareMachine)));
        return command;
    }

    public static async Task<int> RunAsync(
        CliContext context, string db, bool drain, int leaseSeconds, string? name, CancellationToken cancellationToken, int batch = 1, bool shareMachine = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (leaseSeconds <= 0)
        {
            return context.Fail("--lease must be a positive number of seconds");
        }

        if (batch is < 1 or > 1000)
        {
            return context.Fail("--batch must be between 1 and 1000");
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
        using var slot = shareMachine ? null : await MachineSlot.WaitAsync(db, () => DrainedAsync(jobs, drain, cancellationToken),
            () => context.Out.WriteLine($"{worker}: another worker of this store codes on this machine; waiting until it stops (--share-machine to code alongside)"),
            IdlePoll, cancellationToken).ConfigureAwait(false);
        if (!shareMachine && slot is null)
        {
            context.Out.WriteLine($"{worker}: 0 job(s) processed");
            return 0;
        }

        // The coder (gazetteer, catalogues) is loaded once there is a job to code.
        IngestionService? service = null;
        var processed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await jobs.ClaimAsync(worker, TimeSpan.FromSeconds(leaseSeconds), batch, cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                if (await DrainedAsync(jobs, drain, cancellationToken).ConfigureAwait(false))
                {
                    break;
                }

                await Task.Delay(IdlePoll, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // The claimed jobs are coded on every core and stored in one transaction, then marked in one round trip.
            var outcomes = new List<IngestProgress>();
            service ??= new IngestionService(AtlasServices.Pipeline, AtlasServices.Sources, store);
            await service.RunAsync([.. claimed.Select(j => j.Item)], new CallbackProgress<IngestProgress>(outcomes.Add), cancellationToken).ConfigureAwait(false);
            var results = claimed
                .Select(job => (Job: job, Error: outcomes.Find(o => o.Uri == job.Item.Uri) is { } outcome ? outcome.Error : $"{job.Item.Uri}: not processed"))
                .ToList();
            var kept = await jobs.CompleteAsync(results, worker, cancellationToken).ConfigureAwait(false);
            foreach (var (job, error) in results)
            {
                processed++;
                context.Out.WriteLine($"{worker} job {job.Id} {job.Item.Uri}: {(error ?? "done")}{(kept.Contains(job.Id) ? string.Empty : " (lease lost; another worker retried it)")}");
            }
        }

        context.Out.WriteLine($"{worker}: {processed} job(s) processed");
        return 0;
    }

    /// <summary>True when the worker was asked to drain and no job is waiting or running.</summary>
    private static async Task<bool> DrainedAsync(IngestJobs jobs, bool drain, CancellationToken cancellationToken)
    {
        if (!drain)
        {
            return false;
        }

        var status = await jobs.StatusAsync(cancellationToken).ConfigureAwait(false);
        return status.Pending == 0 && status.Leased == 0;
    }
}
