using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// One report of a labelled corpus (NAME.txt or .html with NAME.json beside it): the document to code, with the
/// publication date and language its gold file gives, and the hand-coded events.
/// </summary>
public sealed record LabelledReport(string Path, string Language, Document Input, IReadOnlyList<GoldEvent> Gold)
{
    /// <summary>Borderline events of the gold file (<c>optional_events</c>): a prediction that matches one is neither a
    /// hit nor a false positive.</summary>
    public IReadOnlyList<GoldEvent> Optional { get; init; } = [];

    /// <summary>The report's id: its file name without the extension ("ame-003").</summary>
    public string Id => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The first-level subfolder of the corpus the report is in ("americas"); empty at the corpus's top level.</summary>
    public string Folder { get; init; } = string.Empty;

    /// <summary>Every report of <paramref name="corpus"/> (subfolders included) that has a gold file, in path order.</summary>
    public static IEnumerable<LabelledReport> ReadAll(string corpus) => ReadAll(corpus, GoldCorrections.None);

    /// <summary>Every report of <paramref name="corpus"/> that has a gold file, with <paramref name="corrections"/>
    /// applied to the gold, in path order.</summary>
    public static IEnumerable<LabelledReport> ReadAll(string corpus, GoldCorrections corrections)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(corrections);
        foreach (var report in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var goldPath = System.IO.Path.ChangeExtension(report, ".json");
            if (!File.Exists(goldPath))
            {
                continue;
            }

            var gold = JsonNode.Parse(File.ReadAllText(goldPath))!.AsObject();
            corrections.Apply(System.IO.Path.GetFileNameWithoutExtension(report), gold);
            var relative = System.IO.Path.GetRelativePath(corpus, report).Split(System.IO.Path.DirectorySeparatorChar);
            var published = gold["document"]?["published"]?.GetValue<string?>();
            var metadata = new ArticleMetadata
            {
                Source = report,
                Published = published is null ? null : DateTimeOffset.Parse(published + "T00:00:00Z", CultureInfo.InvariantCulture),
            };
            var raw = FileArticleSource.Read(report);
            yield return new LabelledReport(
                report,
                gold["document"]?["language"]?.GetValue<string?>() ?? "?",
                Document.Create(raw.Content, metadata, raw.IsHtml),
                [.. gold["events"]!.AsArray().Select(e => GoldEvent.FromJson(e!.AsObject()))])
            {
                Optional = [.. (gold["optional_events"]?.AsArray() ?? []).OfType<JsonObject>().Select(GoldEvent.FromJson)],
                Folder = relative.Length > 1 ? relative[0] : string.Empty,
            };
        }
    }
}
