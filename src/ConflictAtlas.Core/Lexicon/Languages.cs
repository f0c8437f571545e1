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

    /// <summary>
    /// The languages the coder reads: those with rows in <c>triggers.tsv</c> (the detection stage gives no events for a
    /// report in any other). A report in another language (German, Russian, ...) is reported as unread rather than
    /// coded as nothing.
    /// </summary>
    public static IReadOnlySet<string> Read { get; } =
        ResourceFile.ReadRows("triggers.tsv").Where(r => r.Length > 2).Select(r => r[2].Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="code"/> names a language the coder does not read (an unknown language is read with every language's rows).</summary>
    public static bool IsUnread(string? code) => code is not null && !Read.Contains(code);
}
