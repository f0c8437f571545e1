using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect;

namespace ConflictAtlas.Core.Tests.Support;

/// <summary>Event lexicons built from the shipped data files and rows written in a test, as a data file holds them.</summary>
public static class Lexicons
{
    /// <summary>Tab-separated lines read as the rows of a data file.</summary>
    public static IReadOnlyList<string[]> Rows(params string[] lines) =>
        ResourceFile.ParseRows(new StringReader(string.Join('\n', lines)));

    /// <summary>A lexicon whose triggers are <paramref name="triggerRows"/> and whose other lists are the shipped ones.</summary>
    public static EventLexicon WithTriggers(IEnumerable<string[]> triggerRows) => new(
        [.. triggerRows], ResourceFile.ReadRows("modality.tsv"), ResourceFile.ReadRows("fatality-cues.tsv"), ResourceFile.ReadRows("victim-groups.tsv"));

    /// <summary>The shipped lexicon with <paramref name="lines"/> added to triggers.tsv.</summary>
    public static EventLexicon WithExtraTriggers(params string[] lines) =>
        WithTriggers(ResourceFile.ReadRows("triggers.tsv").Concat(Rows(lines)));
}
