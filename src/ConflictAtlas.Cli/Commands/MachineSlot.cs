using System.Security.Cryptography;
using System.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// The one place per machine and store where a worker codes: an exclusive lock on a file in the temporary folder,
/// named after the store's address as given. A worker that cannot take it waits (its coder not loaded yet) and takes
/// it when the holder stops, even when the holder is killed (the operating system drops a dead process's locks).
/// </summary>
internal static class MachineSlot
{
    /// <summary>Waits for the slot of <paramref name="db"/> and returns it held (dispose to give it back); null when
    /// <paramref name="giveUp"/> said so while waiting or the wait was cancelled. <paramref name="waiting"/> runs once,
    /// when the first try finds the slot taken.</summary>
    public static async Task<IDisposable?> WaitAsync(string db, Func<Task<bool>> giveUp, Action waiting, TimeSpan poll, CancellationToken cancellationToken)
    {
        var path = PathOf(db);
        var told = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (TryTake(path) is { } slot)
            {
                return slot;
            }

            if (!told)
            {
                waiting();
                told = true;
            }

            if (await giveUp().ConfigureAwait(false))
            {
                return null;
            }

            try
            {
                await Task.Delay(poll, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The lock file of a store: its address hashed, so a password in it is never written out.</summary>
    public static string PathOf(string db) =>
        Path.Combine(Path.GetTempPath(), "atlas-worker-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(db)))[..16] + ".lock");

    private static FileStream? TryTake(string path)
    {
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
