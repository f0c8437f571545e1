using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Storage.Ingestion;

public sealed record IngestSummary(int Added, int NewVersions, int Unchanged, int Failed, int Atoms, int Merged, IReadOnlyList<string> Errors)
{
    public int Total => Added + NewVersions + Unchanged + Failed;

    /// <summary>The coded reports per language ("" when it could not be told).</summary>
    public IReadOnlyDictionary<string, int> Languages { get; init; } = new Dictionary<string, int>();

    /// <summary>Coded reports in a language the coder does not read (<see cref="Core.Lexicon.Languages.IsUnread"/>): they give no events.</summary>
    public int Unread => Languages.Where(kv => Core.Lexicon.Languages.IsUnread(kv.Key.Length == 0 ? null : kv.Key)).Sum(kv => kv.Value);

    /// <summary>"en 12, fr 3, de 1 (not read), unknown 2": the languages of the coded reports, most frequent first.</summary>
    public string LanguageLine() =>
        string.Join(", ", Languages.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
            kv.Key.Length == 0 ? $"unknown {kv.Value}" : Core.Lexicon.Languages.IsUnread(kv.Key) ? $"{kv.Key} {kv.Value} (not read)" : $"{kv.Key} {kv.Value}"));
}
