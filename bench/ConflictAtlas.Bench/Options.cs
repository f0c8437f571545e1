using System.Globalization;

namespace ConflictAtlas.Bench;

/// <summary>The benchmarks' <c>--name value</c> options.</summary>
public static class Options
{
    public static string? Get(string[] args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public static int Whole(string[] args, string name, int fallback) =>
        Get(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
