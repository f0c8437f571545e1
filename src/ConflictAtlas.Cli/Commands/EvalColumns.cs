using System.Globalization;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// The columns of <c>atlas eval</c>: one <see cref="EventMatcher"/> per part of the corpus (all, tuned, held-out,
/// subset, each language, each folder), the floored scores, and the two tables (parts, then languages and folders)
/// printed within 120 columns. A score with nothing to measure prints <c>-</c>; one under its floor is marked <c>!</c>.
/// </summary>
public sealed class EvalColumns
{
    public const string All = "all";
    public const string Tuned = "tuned";
    public const string HeldOut = "held-out";
    public const string Subset = "subset";
    public const string LanguagePrefix = "lang:";
    public const string FolderPrefix = "folder:";

    private const int NameWidth = 20;
    private const int CellWidth = 9;
    private const int NarrowCellWidth = 7;
    private const int MaxLine = 120;

    private readonly Dictionary<string, EventMatcher> _matchers = new(StringComparer.Ordinal);

    /// <summary>Scores one report in each named column; returns its match and field mismatches in the "all" column.</summary>
    public (ReportMatch Match, List<(string Field, string? Predicted, string? Gold)> Mismatches) Add(
        IEnumerable<string> columns, IReadOnlyList<ConflictEvent> predicted, LabelledReport report)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(report);
        ReportMatch? match = null;
        List<(string, string?, string?)> mismatches = [];
        foreach (var column in columns)
        {
            if (!_matchers.TryGetValue(column, out var matcher))
            {
                matcher = new EventMatcher(ActorNames.Catalogue);
                _matchers[column] = matcher;
            }

            var m = matcher.Add(predicted, report.Gold, report.Optional);
            if (column == All)
            {
                match = m;
                mismatches = [.. matcher.LastMismatches];
            }
        }

        return (match ?? throw new ArgumentException("every report belongs to the 'all' column", nameof(columns)), mismatches);
    }

    public EvaluationReport Report(string column) => _matchers[column].Report();

    /// <summary>The scores gated by floors: the whole corpus under the plain names, the tuned, held-out and subset
    /// columns as <c>tuned.NAME</c>, <c>held_out.NAME</c> and <c>subset.NAME</c>.</summary>
    public Dictionary<string, double> FlooredScores()
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var column in PartColumns())
        {
            foreach (var (name, value) in Report(column).Scores())
            {
                scores[FloorName(column, name)] = value;
            }
        }

        return scores;
    }

    public void Print(TextWriter output, IReadOnlyDictionary<string, double> floors)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(floors);
        var parts = PartColumns().ToList();
        PrintTable(output, floors, parts, [.. parts], CellWidth, withFloor: true);
        var languages = _matchers.Keys.Where(k => k.StartsWith(LanguagePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var folders = _matchers.Keys.Where(k => k.StartsWith(FolderPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var headers = languages.Select(l => l[LanguagePrefix.Length..]).Concat(folders.Select(f => Short(f[FolderPrefix.Length..]))).ToList();
        output.WriteLine();
        if (folders.Count > 0)
        {
            var legend = folders.Select(f => f[FolderPrefix.Length..]).Select(f => Short(f) == f ? f : $"{Short(f)} = {f}");
            var line = "folders:";
            foreach (var entry in legend)
            {
                if (line.Length + entry.Length + 2 > MaxLine)
                {
                    output.WriteLine(line + ",");
                    line = "        ";
                }

                line += (line.EndsWith(':') || line.Trim().Length == 0 ? " " : ", ") + entry;
            }

            output.WriteLine(line);
        }

        PrintTable(output, floors, [.. languages, .. folders], headers, NarrowCellWidth, withFloor: false);
    }

    private IEnumerable<string> PartColumns() => new[] { All, Tuned, HeldOut, Subset }.Where(_matchers.ContainsKey);

    private static string FloorName(string column, string score) => column switch
    {
        All => score,
        HeldOut => "held_out." + score,
        _ => column + "." + score,
    };

    private void PrintTable(TextWriter output, IReadOnlyDictionary<string, double> floors, List<string> columns, List<string> headers, int width, bool withFloor)
    {
        string Row(string name, IEnumerable<string> cells, string tail = "") =>
            $"{name,-NameWidth}{string.Concat(cells.Select(c => c.PadLeft(width)))}{tail}".TrimEnd();

        output.WriteLine(Row("score", headers, withFloor ? "  floor" : string.Empty));
        var reports = columns.Select(Report).ToList();
        output.WriteLine(Row("reports", reports.Select(r => r.Documents.ToString(CultureInfo.InvariantCulture))));
        output.WriteLine(Row("gold events", reports.Select(r => r.GoldEvents.ToString(CultureInfo.InvariantCulture))));
        output.WriteLine(Row("predicted (counted)", reports.Select(r => r.CountedPredictions.ToString(CultureInfo.InvariantCulture))));
        foreach (var name in EvaluationReport.ScoreNames)
        {
            var cells = columns.Zip(reports).Select(x => Cell(x.Second.Scores(), name, floors, FloorName(x.First, name)));
            var floor = withFloor ? "  " + (floors.TryGetValue(name, out var f) ? ScoreFloors.Format(f) : "-") : string.Empty;
            output.WriteLine(Row(name, cells, floor));
        }
    }

    private static string Cell(IReadOnlyDictionary<string, double> scores, string name, IReadOnlyDictionary<string, double> floors, string floorName) =>
        !scores.TryGetValue(name, out var value) ? "-" : ScoreFloors.Format(value) + (ScoreFloors.IsBelow(value, floors, floorName) ? "!" : " ");

    /// <summary>A folder's column heading: its first six characters.</summary>
    private static string Short(string folder) => folder.Length <= NarrowCellWidth - 1 ? folder : folder[..(NarrowCellWidth - 1)];
}

/// <summary>A subset of the corpus by first-level folder and, optionally, language: <c>FOLDER,FOLDER[:LANG,LANG]</c>.</summary>
public sealed record EvalSubset(IReadOnlySet<string> Folders, IReadOnlySet<string> Languages)
{
    public static EvalSubset? Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return null;
        }

        var parts = spec.Split(':', 2);
        static HashSet<string> List(string text) =>
            [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        return new EvalSubset(List(parts[0]), parts.Length > 1 ? List(parts[1]) : []);
    }

    public bool Contains(LabelledReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Folders.Contains(report.Folder) && (Languages.Count == 0 || Languages.Contains(report.Language));
    }

    public override string ToString() =>
        $"{string.Join(", ", Folders.Order(StringComparer.Ordinal))}" +
        (Languages.Count == 0 ? string.Empty : $" in {string.Join(", ", Languages.Order(StringComparer.Ordinal))}");
}
