using System.Collections.Concurrent;
using System.Diagnostics;

namespace ConflictAtlas.Core.Sources;

/// <summary>Keeps at least a fixed delay between two requests to the same host (politeness).</summary>
public sealed class HostThrottle(TimeSpan delay)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Delay { get; } = delay;

    /// <summary>Waits until a request to <paramref name="host"/> is allowed, and books it.</summary>
    public async Task WaitAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot());
        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (slot.Last is { } last)
            {
                var wait = Delay - last.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                }
            }

            slot.Last = Stopwatch.StartNew();
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Stopwatch? Last { get; set; }
    }
}
