namespace ConflictAtlas.Core.Lexicon;

/// <summary>The languages a lexicon row may be written for (the <c>lang</c> column of the data files).</summary>
public static class Languages
{
    /// <summary>ISO 639-1 codes of the press languages the coder is built for, and German for the names of its press.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal) { "en", "fr", "es", "pt", "ar", "de" };

    /// <summary><paramref name="code"/> when it is a known language; a clear error naming the data file otherwise.</summary>
    public static string Check(string code, string source)
    {
        ArgumentNullException.ThrowIfNull(code);
        var trimmed = code.Trim();
        return Known.Contains(trimmed)
            ? trimmed
            : throw new InvalidDataException($"{source}: unknown language '{trimmed}' (expected one of {string.Join(", ", Known)})");
    }
}
