using System.Security.Cryptography;
using ConflictAtlas.Core.Deduplication;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Storage;
using ConflictAtlas.Storage.Ingestion;
using ConflictAtlas.Storage.Sqlite;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// <c>atlas eval --dedup [--corpus DIR]</c>: codes every report of a corpus whose gold events carry <c>event_key</c>,
/// stores them in path order in a fresh SQLite store (the same store and merge rule as <c>atlas ingest</c>), and scores
/// the store's merges against the gold keys with <see cref="DedupEvaluation"/>: each stored atom takes the key of the
/// gold event <see cref="EventMatcher.Pair"/> pairs it with in its report (required events first, then optional
/// ones). Prints pairwise precision, recall and F1 end to end and among detected atoms, on all keys, the tuning part
/// and the held-out part, then every wrong and missed merge with the fields that disagreed.
/// </summary>
public static class DedupEvalCommand
{
    public static async Task<int> RunAsync(CliContext context, string corpus, string? baselinePath, bool update, bool allowRegression, string? correctionsPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Directory.Exists(corpus))
        {
            return context.Fail($"{corpus}: no such corpus folder");
        }

        var corrections = CorrectionsFile.Read(correctionsPath, out var correctionsError);
        if (correctionsError is not null)
        {
            return context.Fail(correctionsError);
        }

        baselinePath ??= Path.Combine(corpus, "dedup-baseline.json");
        var folder = Directory.CreateTempSubdirectory("atlas-dedup-");
        try
        {
            var goldEvents = new List<GoldEvent>();
            var (atoms, gold, events) = await IngestAsync(Path.Combine(folder.FullName, "dedup.db"), corpus, corrections, goldEvents, cancellationToken).ConfigureAwait(false);
            var report = DedupEvaluation.Score(atoms, gold);
            Print(context, report, atoms, gold, events);
            CorrectionsFile.Print(context, corrections, correctionsPath);
            var coded = gold.Zip(goldEvents).ToList();
            var goldCoded = DedupEvaluation.ScoreGoldCoded(coded, DedupRules.Threshold);
            PrintCurve(context, atoms, coded);
            context.Out.WriteLine($"wrong merges on the gold codings ({goldCoded.WrongMerges.Count}):");
            PrintPairs(context, goldCoded.WrongMerges, gold, explain: false);
            context.Out.WriteLine($"missed merges on the gold codings ({goldCoded.MissedMerges.Count}):");
            PrintPairs(context, goldCoded.MissedMerges, gold, explain: true);

            var floors = ScoreFloors.Read(baselinePath);
            context.Out.WriteLine($"{"score",-26} {"all",7} {"tuning",7} {"held-out",8}  floor   (threshold {DedupRules.Threshold:0.00})");
            var scores = WithGoldCoded(DedupReport.Named(report.All), goldCoded.All);
            var tuning = WithGoldCoded(DedupReport.Named(report.Tuning), goldCoded.Tuning);
            var heldOut = WithGoldCoded(DedupReport.Named(report.HeldOut), goldCoded.HeldOut);
            foreach (var (name, value) in scores)
            {
                var mark = ScoreFloors.IsBelow(value, floors, name) ? "  BELOW FLOOR" : string.Empty;
                var floor = floors.TryGetValue(name, out var f) ? ScoreFloors.Format(f) : "-";
                context.Out.WriteLine($"{name,-26} {ScoreFloors.Format(value),7} {ScoreFloors.Format(tuning[name]),7} {ScoreFloors.Format(heldOut[name]),8}  {floor}{mark}");
            }

            return ScoreFloors.Finish(context, scores, baselinePath, update, allowRegression, "deduplication");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Codes and stores every labelled report; returns each stored atom with its gold pairing and canonical
    /// event, the gold events, and the number of canonical events.</summary>
    private static async Task<(List<DedupAtom> Atoms, List<DedupGold> Gold, int Events)> IngestAsync(
        string db, string corpus, GoldCorrections corrections, List<GoldEvent> goldEvents, CancellationToken cancellationToken)
    {
        var gold = new List<DedupGold>();
        var stored = new List<(string Report, long DocumentId, List<int?> GoldOf, List<AtomKey> Keys)>();
        await using var store = await SqliteEventStore.OpenAsync(db, cancellationToken).ConfigureAwait(false);
        foreach (var labelled in LabelledReport.ReadAll(corpus, corrections))
        {
            var name = Path.GetFileNameWithoutExtension(labelled.Path);
            var document = AtlasServices.Pipeline.Run(labelled.Input, cancellationToken);
            var goldOf = PairWithGold(document.Events, labelled, name, gold);
            goldEvents.AddRange(labelled.Gold);
            goldEvents.AddRange(labelled.Optional);
            var bytes = await File.ReadAllBytesAsync(labelled.Path, cancellationToken).ConfigureAwait(false);
            var fetched = new FetchedArticle(labelled.Path, FileArticleSource.Read(labelled.Path), Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length);
            var toStore = DocumentMapper.ToStore(fetched, document);
            var saved = await store.SaveDocumentAsync(toStore, cancellationToken).ConfigureAwait(false);
            stored.Add((name, saved.DocumentId, goldOf, [.. toStore.Atoms.Select(a => a.Key)]));
        }

        // A document's atoms are written in order, so their ids ascend with their ordinal.
        var events = await store.QueryEventsAsync(EventFilter.All, cancellationToken).ConfigureAwait(false);
        var eventOf = events.SelectMany(e => e.Sources.Select(s => (s.DocumentId, s.AtomId, EventId: e.Id)))
            .GroupBy(s => s.DocumentId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.AtomId).Select(s => s.EventId).ToList());
        var atoms = new List<DedupAtom>();
        foreach (var (report, documentId, goldOf, keys) in stored)
        {
            var clusters = eventOf.GetValueOrDefault(documentId) ?? [];
            for (var i = 0; i < keys.Count; i++)
            {
                atoms.Add(new DedupAtom(report, i, goldOf[i], i < clusters.Count ? clusters[i] : -1 - atoms.Count, keys[i]));
            }
        }

        return (atoms, gold, events.Count);
    }

    /// <summary>The gold event (index into <paramref name="gold"/>, where this report's gold events are appended) each
    /// predicted event pairs with: required events first, then the optional ones for the events left over.</summary>
    private static List<int?> PairWithGold(IReadOnlyList<Core.Events.ConflictEvent> predicted, LabelledReport labelled, string report, List<DedupGold> gold)
    {
        var goldOf = new List<int?>(predicted.Select(_ => (int?)null));
        var match = EventMatcher.Match(predicted, labelled.Gold, labelled.Optional);
        var offset = gold.Count;
        gold.AddRange(labelled.Gold.Select((g, i) => new DedupGold(report, g.EventKey ?? $"{report}#{i}", Required: true)));
        foreach (var (p, g) in match.Pairs)
        {
            goldOf[p] = offset + g;
        }

        offset = gold.Count;
        gold.AddRange(labelled.Optional.Select((g, i) => new DedupGold(report, g.EventKey ?? $"{report}#optional{i}", Required: false)));
        foreach (var (p, g) in match.OptionalPairs)
        {
            goldOf[p] = offset + g;
        }

        return goldOf;
    }

    private static void Print(CliContext context, DedupReport report, List<DedupAtom> atoms, List<DedupGold> gold, int events)
    {
        var reports = atoms.Select(a => a.Report).Concat(gold.Select(g => g.Report)).Distinct().Count();
        var multi = gold.GroupBy(g => g.EventKey).Count(g => g.Select(x => x.Report).Distinct().Count() > 1);
        var all = report.All;
        context.Out.WriteLine(
            $"dedup: {reports} reports, {atoms.Count} stored atoms ({atoms.Count(a => a.Gold is not null)} paired with a gold event), {events} canonical events; " +
            $"{multi} gold events told by several reports");
        context.Out.WriteLine(
            $"end to end: {all.EndToEnd.Correct} of {all.EndToEnd.Predicted} merged pairs right; {all.EndToEnd.Found} of {all.EndToEnd.Expected} required same-event pairs merged " +
            $"({report.UndetectedPairs} with an undetected event)");
        context.Out.WriteLine(
            $"detected atoms: {all.Detected.Correct} of {all.Detected.Predicted} merged pairs right; {all.Detected.Found} of {all.Detected.Expected} same-event pairs merged");
        context.Out.WriteLine($"wrong merges in the store ({report.WrongMerges.Count}):");
        PrintPairs(context, report.WrongMerges, gold, explain: false);
        context.Out.WriteLine($"missed merges among detected atoms ({report.MissedMerges.Count}):");
        PrintPairs(context, report.MissedMerges, gold, explain: true);
    }

    /// <summary>Each pair with the fields that disagree; for a missed merge, first the reason the rule gave.</summary>
    private static void PrintPairs(CliContext context, IEnumerable<DedupPair> pairs, List<DedupGold> gold, bool explain)
    {
        foreach (var pair in pairs)
        {
            var reason = explain ? (DedupRules.Explain(pair.A.Key, pair.B.Key) ?? "compatible, but joined another event") + " | " : string.Empty;
            var (score, _) = DedupRules.Score(pair.A.Key, pair.B.Key);
            context.Out.WriteLine($"  {Describe(pair, gold)} (score {score:0.00}): {reason}" +
                string.Join("; ", DedupRules.Differences(pair.A.Key, pair.B.Key).DefaultIfEmpty("no field differs")));
        }
    }

    /// <summary>Precision and recall at each threshold: the matcher on the gold codings, and the stored atoms grouped
    /// again in memory in the order they were stored (the store compares with the merged event, so its own figure at
    /// the chosen threshold can differ slightly).</summary>
    private static void PrintCurve(CliContext context, List<DedupAtom> atoms, List<(DedupGold Gold, GoldEvent Event)> coded)
    {
        context.Out.WriteLine("threshold  gold-coded P / R / F1 (tuning F1, held-out F1)     detected atoms P / R / F1     end to end P / R / F1");
        var reports = atoms.Select(a => a.Report).Distinct().Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i, StringComparer.Ordinal);
        var keys = atoms.Select(a => a.Key).ToList();
        var documents = atoms.Select(a => reports[a.Report]).ToList();
        var gold = coded.Select(c => c.Gold).ToList();
        for (var t = 0.40; t <= 0.951; t += 0.05)
        {
            var g = DedupEvaluation.ScoreGoldCoded(coded, t);
            var clusters = EventDeduplicator.Cluster(keys, documents, t);
            var again = DedupEvaluation.Score([.. atoms.Select((a, i) => a with { Cluster = clusters[i] })], gold);
            var (d, e) = (again.All.Detected, again.All.EndToEnd);
            context.Out.WriteLine(
                $"{t,9:0.00}  {Cells(g.All.Detected)} ({g.Tuning.Detected.F1:0.000}, {g.HeldOut.Detected.F1:0.000})" +
                $"   {Cells(d)}   {Cells(e)}{(Math.Abs(t - DedupRules.Threshold) < 0.001 ? "   <- chosen" : string.Empty)}");
        }
    }

    private static string Cells(PairwiseScore s) => $"{s.Precision:0.000} / {s.Recall:0.000} / {s.F1:0.000}";

    private static Dictionary<string, double> WithGoldCoded(IReadOnlyDictionary<string, double> scores, DedupScores goldCoded) =>
        new(scores.Concat(
        [
            KeyValuePair.Create("dedup_gold_precision", goldCoded.Detected.Precision),
            KeyValuePair.Create("dedup_gold_recall", goldCoded.Detected.Recall),
            KeyValuePair.Create("dedup_gold_f1", goldCoded.Detected.F1),
        ]), StringComparer.Ordinal);

    private static string Describe(DedupPair pair, List<DedupGold> gold) => $"{Describe(pair.A, gold)} ~ {Describe(pair.B, gold)}";

    private static string Describe(DedupAtom atom, List<DedupGold> gold) =>
        $"{atom.Report}#{atom.Ordinal} [{(atom.Gold is { } g ? gold[g].EventKey : "no gold event")}]";
}
