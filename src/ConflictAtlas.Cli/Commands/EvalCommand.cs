using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Output;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// <c>atlas eval [--corpus DIR] [--baseline FILE] [--update] [--allow-regression] [--details] [--dedup]</c>: codes every
/// report of the labelled corpus, prints detection and per-field scores, and fails when a score falls below its pinned
/// floor. <c>--dedup</c> scores deduplication instead (<see cref="DedupEvalCommand"/>).
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var corpus = new Option<string>("--corpus") { Description = "Corpus folder: NAME.txt reports with NAME.json gold", DefaultValueFactory = _ => "corpus" };
        var baseline = new Option<string?>("--baseline") { Description = "Floors file (default: CORPUS/eval-baseline.json)" };
        var update = new Option<bool>("--update") { Description = "Pin the current scores as the new floors" };
        var allowRegression = new Option<bool>("--allow-regression") { Description = "With --update, allow lowering a floor" };
        var details = new Option<bool>("--details") { Description = "Print each report's predicted and gold events" };
        var dedup = new Option<bool>("--dedup") { Description = "Score deduplication instead: store the corpus in a fresh store and compare its merges with the gold event_key of each event (pairwise, across reports)" };
        var command = new Command("eval", "Score event coding (or, with --dedup, deduplication) against the labelled corpus") { corpus, baseline, update, allowRegression, details, dedup };
        command.SetAction((parse, ct) => parse.GetValue(dedup)
            ? DedupEvalCommand.RunAsync(context, parse.GetValue(corpus)!, parse.GetValue(baseline), parse.GetValue(update), parse.GetValue(allowRegression), ct)
            : Task.FromResult(Run(context, parse.GetValue(corpus)!, parse.GetValue(baseline), parse.GetValue(update),
                parse.GetValue(allowRegression), parse.GetValue(details))));
        return command;
    }

    public static int Run(CliContext context, string corpus, string? baselinePath, bool update, bool allowRegression, bool details)
    {
        if (!Directory.Exists(corpus))
        {
            return context.Fail($"{corpus}: no such corpus folder");
        }

        baselinePath ??= Path.Combine(corpus, "eval-baseline.json");
        var matcher = new EventMatcher();
        var perLanguage = new Dictionary<string, EventMatcher>(StringComparer.Ordinal);
        foreach (var (report, language, input, goldEvents) in LabelledReport.ReadAll(corpus))
        {
            var document = AtlasServices.Pipeline.Run(input);
            matcher.Add(document.Events, goldEvents);
            if (!perLanguage.TryGetValue(language, out var byLanguage))
            {
                byLanguage = new EventMatcher();
                perLanguage[language] = byLanguage;
            }

            byLanguage.Add(document.Events, goldEvents);
            if (details)
            {
                PrintDetails(context, report, document, goldEvents);
                foreach (var (field, predicted, expected) in matcher.LastMismatches)
                {
                    context.Out.WriteLine($"  miss {field}: predicted '{predicted}', gold '{expected}'");
                }
            }
        }

        var result = matcher.Report();
        context.Out.WriteLine($"corpus: {result.Documents} reports, {result.GoldEvents} gold events, {result.PredictedEvents} predicted, {result.Matched} matched");
        context.Out.WriteLine($"{"score",-22} {"all",7} {string.Join(' ', perLanguage.Keys.Order(StringComparer.Ordinal).Select(l => l.PadLeft(7)))}  floor");
        var floors = ScoreFloors.Read(baselinePath);
        foreach (var (name, value) in result.Scores())
        {
            var cells = string.Join(' ', perLanguage.Keys.Order(StringComparer.Ordinal).Select(l => Format(perLanguage[l].Report().Scores()[name]).PadLeft(7)));
            var mark = ScoreFloors.IsBelow(value, floors, name) ? "  BELOW FLOOR" : string.Empty;
            context.Out.WriteLine($"{name,-22} {Format(value),7} {cells}  {(floors.TryGetValue(name, out var floor) ? Format(floor) : "-")}{mark}");
        }

        return ScoreFloors.Finish(context, result.Scores(), baselinePath, update, allowRegression, "accuracy");
    }

    private static string Format(double value) => ScoreFloors.Format(value);

    /// <summary>One gold event of a corpus NAME.json file, read from the contract's field names.</summary>
    private static void PrintDetails(CliContext context, string report, Document document, IReadOnlyList<GoldEvent> gold)
    {
        context.Out.WriteLine($"== {report}");
        foreach (var e in document.Events)
        {
            context.Out.WriteLine($"  pred {e.Date?.Value.Date:yyyy-MM-dd} {e.Class.Value.SubEventType} | {e.Actor1?.Value.Name} | {e.Actor2?.Value.Name} | {e.Place?.Value.Name} | {e.Fatalities?.Value.Best ?? 0} :: {(e.Notes.Length > 110 ? e.Notes[..110] : e.Notes)}");
        }

        foreach (var g in gold)
        {
            context.Out.WriteLine($"  gold {g.EventDate} {g.SubEventType} | {g.Actor1} | {g.Actor2} | {g.Location} | {g.Fatalities}");
        }
    }
}
