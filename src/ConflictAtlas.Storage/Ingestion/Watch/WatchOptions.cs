namespace ConflictAtlas.Storage.Ingestion.Watch;

/// <summary>How often feeds are polled and how failures are treated.</summary>
public sealed record WatchOptions
{
    /// <summary>Time between two polls of a healthy feed.</summary>
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait after failures in a row (each failure doubles the wait, from twice <see cref="Every"/>).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>How many item keys are remembered per feed beyond those the feed still lists.</summary>
    public int SeenLimit { get; init; } = 5000;

    /// <summary>Polls on which an item may fail to be read or stored before it is given up.</summary>
    public int ItemRetries { get; init; } = 3;

    /// <summary>The wait before the next poll of a feed that has failed <paramref name="failures"/> times in a row.</summary>
    public TimeSpan Backoff(int failures)
    {
        if (failures <= 0)
        {
            return Every;
        }

        var ticks = Every.Ticks * Math.Pow(2, Math.Min(failures, 30));
        return ticks >= MaxBackoff.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}
