using System.Reflection;

namespace ConflictAtlas.Core.Lexicon;

/// <summary>Reads the tab-separated data files embedded in this assembly (<c>Resources/*.tsv</c>).</summary>
public static class ResourceFile
{
    /// <summary>The rows of a resource: comment lines (<c>#</c>) and blank lines skipped, fields split on tabs.</summary>
    public static IReadOnlyList<string[]> ReadRows(string fileName)
    {
        using var reader = new StringReader(ReadText(fileName));
        return ParseRows(reader);
    }

    public static IReadOnlyList<string[]> ParseRows(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    public static string ReadText(string fileName)
    {
        var assembly = typeof(ResourceFile).Assembly;
        var name = "ConflictAtlas.Core.Resources." + fileName;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"embedded resource '{name}' is missing", fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Splits a <c>|</c>-separated list, trimming entries and dropping empty ones.</summary>
    public static string[] SplitList(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Field <paramref name="index"/> of a row, or an empty string when the row is shorter.</summary>
    public static string Field(string[] row, int index)
    {
        ArgumentNullException.ThrowIfNull(row);
        return index < row.Length ? row[index].Trim() : string.Empty;
    }

    internal static Assembly Assembly => typeof(ResourceFile).Assembly;
}
