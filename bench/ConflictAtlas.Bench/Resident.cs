using System.Globalization;

namespace ConflictAtlas.Bench;

/// <summary>This process's memory from <c>/proc/self/status</c>: resident (anonymous and file-backed, which includes
/// the pages of the SQLite file the store maps) and the managed heap, sampled every 20 ms for a peak.</summary>
public static class Resident
{
    public sealed record Peak(double Rss, double Anonymous, double File, double Managed);

    public static string Now()
    {
        var (rss, anonymous, file) = Read();
        return string.Create(CultureInfo.InvariantCulture, $"RSS {rss:N0} MiB (anonymous {anonymous:N0}, file-backed {file:N0}), managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MiB");
    }

    public static Sampler Sample() => new();

    /// <summary>The 1, 5 and 15 minute load averages of the machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static (double Rss, double Anonymous, double File) Read()
    {
        double rss = 0, anonymous = 0, file = 0;
        if (!System.IO.File.Exists("/proc/self/status"))
        {
            return (Environment.WorkingSet / 1048576.0, 0, 0);
        }

        foreach (var line in System.IO.File.ReadLines("/proc/self/status"))
        {
            var parts = line.Split(':', 2);
            if (parts.Length != 2)
            {
                continue;
            }

            var kib = parts[1].Trim().Split(' ')[0];
            if (!double.TryParse(kib, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            switch (parts[0])
            {
                case "VmRSS": rss = value / 1024; break;
                case "RssAnon": anonymous = value / 1024; break;
                case "RssFile": file = value / 1024; break;
            }
        }

        return (rss, anonymous, file);
    }

    public sealed class Sampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _task;
        private double _rss, _anonymous, _file, _managed;

        internal Sampler() => _task = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                Take();
                try
                {
                    await Task.Delay(20, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        public Peak Stop()
        {
            _stop.Cancel();
            _task.Wait();
            Take();
            return new Peak(_rss, _anonymous, _file, _managed);
        }

        private void Take()
        {
            var (rss, anonymous, file) = Read();
            _rss = Math.Max(_rss, rss);
            _anonymous = Math.Max(_anonymous, anonymous);
            _file = Math.Max(_file, file);
            _managed = Math.Max(_managed, GC.GetTotalMemory(false) / 1048576.0);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
