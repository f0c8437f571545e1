using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// <c>atlas eval --details</c> for one report: its predicted and gold events, the fields each matched prediction got
/// wrong (<c>wrong</c>), then one line per missed gold event (<c>miss</c>) and per false event (<c>false</c>) with
/// the reason: no prediction in the report, or the closest candidate and the fields on which it disagrees; a miss also
/// says why the report's other sentences that name an act gave no event (as <c>atlas extract --explain</c> does).
/// </summary>
public static class EvalDetails
{
    public static void Print(
        TextWriter output, LabelledReport report, Document document, ReportMatch match,
        IReadOnlyList<(string Field, string? Predicted, string? Gold)> mismatches)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(document);
        var predicted = document.Events;
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(mismatches);
        var id = report.Folder.Length > 0 ? $"{report.Folder}/{report.Id}" : report.Id;
        output.WriteLine($"== {report.Path}");
        foreach (var e in predicted)
        {
            output.WriteLine($"  pred {e.Date?.Value.Date:yyyy-MM-dd} {e.Class.Value.SubEventType} | {e.Actor1?.Value.Name} | {e.Actor2?.Value.Name} | {e.Place?.Value.Name} | {e.Fatalities?.Value.Best ?? 0} :: {(e.Notes.Length > 110 ? e.Notes[..110] : e.Notes)}");
        }

        foreach (var g in report.Gold)
        {
            output.WriteLine($"  gold {g.EventDate} {g.SubEventType} | {g.Actor1} | {g.Actor2} | {g.Location} | {g.Fatalities}");
        }

        foreach (var (field, p, g) in mismatches)
        {
            output.WriteLine($"  wrong {field}: predicted '{p}', gold '{g}'");
        }

        var rules = new GoldRules(ActorNames.Catalogue);
        var dropped = Dropped(document);
        foreach (var g in match.MissedGold)
        {
            var gold = report.Gold[g];
            output.WriteLine($"miss  {id} gold#{g} {gold.EventDate} {gold.SubEventType} @{gold.Location}: {MissReason(rules, predicted, gold, match)}; {dropped}");
        }

        foreach (var p in match.FalsePredicted)
        {
            var e = predicted[p];
            output.WriteLine($"false {id} pred#{p} {e.Date?.Value.Date:yyyy-MM-dd} {e.Class.Value.SubEventType} @{e.Place?.Value.Name}: {FalseReason(rules, e, report, match)}");
        }
    }

    private static string MissReason(GoldRules rules, IReadOnlyList<ConflictEvent> predicted, GoldEvent gold, ReportMatch match)
    {
        if (predicted.Count == 0)
        {
            return "no prediction in the report";
        }

        var (closest, disagreements) = Closest(predicted.Select(p => rules.Disagreements(p, gold)));
        var pairedWith = match.Pairs.Where(x => x.Predicted == closest).Select(x => $"matched to gold#{x.Gold}")
            .Concat(match.OptionalPairs.Where(x => x.Predicted == closest).Select(x => $"paired with optional#{x.Optional}"))
            .FirstOrDefault() ?? "unpaired";
        return $"closest prediction pred#{closest} ({pairedWith}){Describe(disagreements)}";
    }

    private static string FalseReason(GoldRules rules, ConflictEvent e, LabelledReport report, ReportMatch match)
    {
        var candidates = report.Gold.Select((g, i) => (Name: $"gold#{i}", Gold: g, Taken: match.Pairs.Any(x => x.Gold == i)))
            .Concat(report.Optional.Select((g, i) => (Name: $"optional#{i}", Gold: g, Taken: match.OptionalPairs.Any(x => x.Optional == i))))
            .ToList();
        if (candidates.Count == 0)
        {
            return "the report has no gold event";
        }

        var (closest, disagreements) = Closest(candidates.Select(c => rules.Disagreements(e, c.Gold)));
        var candidate = candidates[closest];
        return $"closest {candidate.Name} ({(candidate.Taken ? "matched by another prediction" : "unmatched")}){Describe(disagreements)}";
    }

    /// <summary>Why the report's sentences that name an act gave no event, with counts: "sentences dropped: no
    /// resolvable date 2, denied 1".</summary>
    private static string Dropped(Document document)
    {
        if (document.Verdicts.IsEmpty)
        {
            return "no sentence names an act";
        }

        var reasons = document.Verdicts.Where(v => v.Kind == VerdictKind.Dropped)
            .GroupBy(v => v.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => $"{Explanation.Reason(g.Key)} {g.Count()}").ToList();
        return reasons.Count == 0 ? "no sentence dropped" : "sentences dropped: " + string.Join(", ", reasons);
    }

    /// <summary>The candidate with the fewest disagreements (the first among equals) and its disagreements.</summary>
    private static (int Index, List<string> Disagreements) Closest(IEnumerable<List<string>> disagreements) =>
        disagreements.Select((d, i) => (Index: i, Disagreements: d)).MinBy(x => x.Disagreements.Count);

    private static string Describe(List<string> disagreements) =>
        disagreements.Count == 0 ? ", agrees on type, date, place and actors" : " disagrees: " + string.Join("; ", disagreements);
}
