using System.Globalization;
using ConflictAtlas.Storage.Ingestion;
using Dapper;
using Npgsql;

namespace ConflictAtlas.Storage.Postgres;

/// <summary>
/// The ingest queue shared by any number of workers on any number of machines. A worker takes the oldest free job
/// with <c>FOR UPDATE SKIP LOCKED</c> and holds it under a lease; a job whose lease ran out (its worker died) is
/// free again. Completing checks the lease is still ours, so a job is finished once even when it was retried.
/// </summary>
public sealed class IngestJobs(NpgsqlDataSource dataSource)
{
    /// <summary>Long enough for a large page on a slow machine; a dead worker's job waits this long to be retried.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(5);

    /// <summary>A job whose lease expired this many times is given up (it probably kills its worker).</summary>
    public const int MaxAttempts = 3;

    public async Task<int> EnqueueAsync(IEnumerable<IngestItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var count = 0;
        foreach (var item in items)
        {
            count += await connection.ExecuteAsync(
                "insert into jobs (uri, published, source) values (@Uri, @Published, @Source)", item, tx).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Claims the oldest free job, or null when none is waiting.</summary>
    public async Task<Job?> ClaimAsync(string worker, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var claimed = await ClaimAsync(worker, lease, 1, cancellationToken).ConfigureAwait(false);
        return claimed.Count > 0 ? claimed[0] : null;
    }

    /// <summary>Claims up to <paramref name="count"/> of the oldest free jobs in one round trip (jobs other workers hold
    /// are skipped, not waited for), oldest first; empty when none is waiting.</summary>
    public async Task<IReadOnlyList<Job>> ClaimAsync(string worker, TimeSpan lease, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(
            """
            update jobs set state = 'failed', error = 'its worker stopped before finishing it ' || attempts || ' times'
            where state = 'leased' and leased_until < now() and attempts >= @MaxAttempts
            """,
            new { MaxAttempts = (long)MaxAttempts }).ConfigureAwait(false);
        var rows = await connection.QueryAsync(
            """
            update jobs set state = 'leased', worker = @worker, attempts = attempts + 1,
                            leased_until = now() + make_interval(secs => @seconds)
            where id in (select id from jobs
                         where state = 'pending' or (state = 'leased' and leased_until < now())
                         order by id
                         for update skip locked
                         limit @count)
            returning id, uri, published, source, attempts
            """,
            new { worker, seconds = lease.TotalSeconds, count = (long)count }).ConfigureAwait(false);
        return [.. rows.Cast<IDictionary<string, object>>()
            .Select(row => new Job(
                Convert.ToInt64(row["id"], CultureInfo.InvariantCulture),
                new IngestItem((string)row["uri"], row["published"] as string, row["source"] as string),
                Convert.ToInt32(row["attempts"], CultureInfo.InvariantCulture)))
            .OrderBy(job => job.Id)];
    }

    /// <summary>Marks a job done (or failed with <paramref name="error"/>); false when the lease was lost to another worker.</summary>
    public async Task<bool> CompleteAsync(Job job, string worker, string? error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var kept = await CompleteAsync([(job, error)], worker, cancellationToken).ConfigureAwait(false);
        return kept.Contains(job.Id);
    }

    /// <summary>Marks each job done, or failed with its error, in one round trip; returns the ids of the jobs whose
    /// lease was still this worker's (the others were retried by another worker and are left to it).</summary>
    public async Task<IReadOnlySet<long>> CompleteAsync(IReadOnlyList<(Job Job, string? Error)> results, string worker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return new HashSet<long>();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var kept = await connection.QueryAsync<long>(
            """
            with finished as (
                update jobs j set state = c.state, error = c.error, done_at = now(), leased_until = null
                from unnest(@ids, @attempts, @states, @errors) as c(id, attempts, state, error)
                where j.id = c.id and j.worker = @worker and j.state = 'leased' and j.attempts = c.attempts
                returning j.id)
            insert into job_runs (job_id, worker) select id, @worker from finished returning job_id
            """,
            new
            {
                ids = results.Select(r => r.Job.Id).ToArray(),
                attempts = results.Select(r => (long)r.Job.Attempts).ToArray(),
                states = results.Select(r => r.Error is null ? "done" : "failed").ToArray(),
                errors = results.Select(r => r.Error).ToArray(),
                worker,
            }).ConfigureAwait(false);
        return kept.ToHashSet();
    }

    public async Task<QueueStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var counts = (await connection.QueryAsync("select state, count(*) as n from jobs group by state").ConfigureAwait(false))
            .Cast<IDictionary<string, object>>()
            .ToDictionary(r => (string)r["state"], r => Convert.ToInt64(r["n"], CultureInfo.InvariantCulture));
        return new QueueStatus(counts.GetValueOrDefault("pending"), counts.GetValueOrDefault("leased"), counts.GetValueOrDefault("done"), counts.GetValueOrDefault("failed"));
    }
}
