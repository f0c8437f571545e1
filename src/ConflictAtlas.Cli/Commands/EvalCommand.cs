using System.CommandLine;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// <c>atlas eval [--corpus DIR] [--baseline FILE] [--holdout FILE] [--subset FOLDERS[:LANGUAGES]] [--corrections FILE]
/// [--details] [--update [--allow-regression]] [--dedup]</c>: codes every report of the labelled corpus, scores it with
/// <see cref="EventMatcher"/> (the gold read fully, the catalogue's actor aliases accepted), prints detection and
/// per-field scores overall, on the tuned and held-out parts, on a subset of folders and languages, per language and
/// per folder, and fails when a score falls below its pinned floor. <c>--dedup</c> scores deduplication instead
/// (<see cref="DedupEvalCommand"/>).
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder: NAME.txt reports with NAME.json gold", DefaultValueFactory = _ => "corpus" };
        var baseline = new Option<string?>("--baseline") { Description = "Floors file (default: CORPUS/eval-baseline.json)" };
        var update = new Option<bool>("--update") { Description = "Pin the current scores as the new floors" };
        var allowRegression = new Option<bool>("--allow-regression") { Description = "With --update, allow lowering a floor" };
        var details = new Option<bool>("--details") { Description = "Print each report's predicted and gold events, and one line per missed gold event ('miss') and per false event ('false') with its reason" };
        var holdout = new Option<string?>("--holdout") { Description = "TSV file whose last column lists the held-out report ids: their scores print apart from the tuned part's, and --details leaves them out" };
        var subset = new Option<string?>("--subset") { Description = "A column for the reports of some first-level folders, optionally in some languages: FOLDER,FOLDER[:LANG,LANG]" };
        var corrections = new Option<string?>("--corrections") { Description = "TSV file of gold corrections (id, event, field, value, reason) applied before scoring" };
        var calibration = new Option<bool>("--calibration") { Description = "Print the reliability of the confidence: per confidence band, the predicted events and the share that matched a gold event, on the tuned and held-out parts" };
        var fit = new Option<string?>("--fit") { Description = "With --calibration, fit the confidence weights on the tuned part (all reports without --holdout) and write them to FILE in the form of confidence-weights.tsv" };
        var dedup = new Option<bool>("--dedup") { Description = "Score deduplication instead: store the corpus in a fresh store and compare its merges with the gold event_key of each event (pairwise, across reports)" };
        var command = new Command("eval", "Score event coding (or, with --dedup, deduplication) against the labelled corpus")
        {
            corpus, baseline, update, allowRegression, details, holdout, subset, corrections, calibration, fit, dedup,
        };
        command.SetAction((parse, ct) => parse.GetValue(dedup)
            ? DedupEvalCommand.RunAsync(context, parse.GetValue(corpus)!, parse.GetValue(baseline), parse.GetValue(update), parse.GetValue(allowRegression), parse.GetValue(corrections), ct)
            : Task.FromResult(Run(context, new EvalOptions(parse.GetValue(corpus)!, parse.GetValue(baseline), parse.GetValue(update),
                parse.GetValue(allowRegression), parse.GetValue(details), parse.GetValue(holdout), parse.GetValue(subset), parse.GetValue(corrections))
            {
                Calibration = parse.GetValue(calibration) || parse.GetValue(fit) is not null,
                Fit = parse.GetValue(fit),
            })));
        return command;
    }

    public static int Run(CliContext context, EvalOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.Corpus))
        {
            return context.Fail($"{options.Corpus}: no such corpus folder");
        }

        if (options.Holdout is not null && !File.Exists(options.Holdout))
        {
            return context.Fail($"{options.Holdout}: no such file");
        }

        var corrections = CorrectionsFile.Read(options.Corrections, out var correctionsError);
        if (correctionsError is not null)
        {
            return context.Fail(correctionsError);
        }

        var heldOut = options.Holdout is null ? null : ReadIds(options.Holdout);
        var subset = EvalSubset.Parse(options.Subset);
        var columns = new EvalColumns();
        var (tunedCalibration, heldOutCalibration) = (new ConfidenceCalibration(), new ConfidenceCalibration());
        var hiddenDetails = 0;
        foreach (var labelled in LabelledReport.ReadAll(options.Corpus, corrections))
        {
            var document = AtlasServices.Pipeline.Run(labelled.Input);
            var isHeldOut = heldOut?.Contains(labelled.Id) == true;
            var names = new List<string> { EvalColumns.All, $"{EvalColumns.LanguagePrefix}{labelled.Language}" };
            if (heldOut is not null)
            {
                names.Add(isHeldOut ? EvalColumns.HeldOut : EvalColumns.Tuned);
            }

            if (subset?.Contains(labelled) == true)
            {
                names.Add(EvalColumns.Subset);
            }

            if (labelled.Folder.Length > 0)
            {
                names.Add($"{EvalColumns.FolderPrefix}{labelled.Folder}");
            }

            var (match, mismatches) = columns.Add(names, document.Events, labelled);
            (isHeldOut ? heldOutCalibration : tunedCalibration).Add(document.Events, match);
            if (!options.Details)
            {
                continue;
            }

            if (isHeldOut)
            {
                hiddenDetails++;
                continue;
            }

            EvalDetails.Print(context.Out, labelled, document, match, mismatches);
        }

        if (hiddenDetails > 0)
        {
            context.Out.WriteLine($"details of the {hiddenDetails} held-out reports are not printed (they are not read while tuning)");
        }

        var all = columns.Report(EvalColumns.All);
        context.Out.WriteLine($"corpus: {all.Documents} reports, {all.GoldEvents} gold events, {all.PredictedEvents} predicted " +
                              $"({all.OptionalMatched} paired with optional gold events: not counted), {all.Matched} matched");
        CorrectionsFile.Print(context, corrections, options.Corrections);

        if (subset is not null)
        {
            context.Out.WriteLine($"subset: {subset}");
        }

        var baselinePath = options.Baseline ?? Path.Combine(options.Corpus, "eval-baseline.json");
        var floors = ScoreFloors.Read(baselinePath);
        columns.Print(context.Out, floors);
        if (options.Calibration)
        {
            ConfidenceTable.Print(context.Out, heldOut is null ? [("all", tunedCalibration)] : [("tuned", tunedCalibration), ("held-out", heldOutCalibration)]);
        }

        if (options.Fit is { } fitPath)
        {
            var (intercept, weights) = tunedCalibration.Fit(orders: ConfidenceOrders.Default);
            using (var writer = new StreamWriter(fitPath))
            {
                var part = heldOut is null ? "all reports" : "the tuned part";
                ConfidenceCalibration.WriteWeights(writer, intercept, weights, $"Fitted on {tunedCalibration.Count} events of {part} of {Path.GetFileName(Path.GetFullPath(options.Corpus))}.");
            }

            context.Out.WriteLine($"confidence weights fitted on {tunedCalibration.Count} events written to {fitPath}");
        }

        return ScoreFloors.Finish(context, columns.FlooredScores(), baselinePath, options.Update, options.AllowRegression, "accuracy");
    }

    /// <summary>The report ids of a TSV list (the last column of each row; <c>#</c> lines are comments).</summary>
    private static HashSet<string> ReadIds(string path)
    {
        using var reader = new StreamReader(path);
        return [.. Core.Lexicon.ResourceFile.ParseRows(reader).Select(r => r[^1].Trim()).Where(id => id.Length > 0)];
    }
}

/// <summary>What <c>atlas eval</c> was asked to do.</summary>
public sealed record EvalOptions(
    string Corpus, string? Baseline, bool Update, bool AllowRegression, bool Details, string? Holdout, string? Subset, string? Corrections)
{
    /// <summary>Print the reliability table of the confidence.</summary>
    public bool Calibration { get; init; }

    /// <summary>Fit the confidence weights on the tuned part and write them to this file.</summary>
    public string? Fit { get; init; }
}
