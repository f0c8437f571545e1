using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Output;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// Pinned score floors (a JSON file <c>{"floors": {name: value}}</c>): prints each score beside its floor, fails when
/// one falls below, and with <c>--update</c> pins the current scores (lowering a floor only when allowed).
/// </summary>
public static class ScoreFloors
{
    /// <summary>Scores may sit this far under a floor without failing (rounding noise).</summary>
    public const double Tolerance = 0.0005;

    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static Dictionary<string, double> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var floors = JsonNode.Parse(File.ReadAllText(path))?["floors"]?.AsObject();
        return floors is null
            ? new Dictionary<string, double>(StringComparer.Ordinal)
            : floors.ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<double>(), StringComparer.Ordinal);
    }

    /// <summary>The failures of <paramref name="scores"/> against <paramref name="floors"/> ("name value &lt; floor f").</summary>
    public static List<string> Failures(IReadOnlyDictionary<string, double> scores, IReadOnlyDictionary<string, double> floors)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(floors);
        return [.. scores.Where(kv => IsBelow(kv.Value, floors, kv.Key)).Select(kv => $"{kv.Key} {Format(kv.Value)} < floor {Format(floors[kv.Key])}")];
    }

    public static bool IsBelow(double value, IReadOnlyDictionary<string, double> floors, string name)
    {
        ArgumentNullException.ThrowIfNull(floors);
        return floors.TryGetValue(name, out var floor) && value < floor - Tolerance;
    }

    /// <summary>Pins the scores (or refuses when one would go down without <paramref name="allowRegression"/>), or
    /// fails when a score is below its floor; 0 when all is well.</summary>
    public static int Finish(CliContext context, IReadOnlyDictionary<string, double> scores, string path, bool update, bool allowRegression, string what)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scores);
        var failures = Failures(scores, Read(path));
        if (update)
        {
            if (failures.Count > 0 && !allowRegression)
            {
                return context.Fail("refusing to lower floors without --allow-regression: " + string.Join("; ", failures));
            }

            var json = new JsonObject { ["floors"] = new JsonObject(scores.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Math.Round(kv.Value, 4)))) };
            File.WriteAllText(path, json.ToJsonString(EventRecordWriter.JsonOptions) + "\n");
            context.Out.WriteLine($"floors pinned in {path}");
            return 0;
        }

        return failures.Count > 0 ? context.Fail($"{what} below the pinned floors: " + string.Join("; ", failures)) : 0;
    }
}
