using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Cli.Commands;

/// <summary>The <c>--corrections FILE</c> of <c>atlas eval</c> (event coding and deduplication alike): read before
/// scoring, and reported after it with every correction that named no gold event.</summary>
internal static class CorrectionsFile
{
    /// <summary>Reads <paramref name="path"/> (none: no corrections); a missing or malformed file is an error message.</summary>
    public static GoldCorrections Read(string? path, out string? error)
    {
        error = null;
        if (path is null)
        {
            return GoldCorrections.None;
        }

        if (!File.Exists(path))
        {
            error = $"{path}: no such file";
            return GoldCorrections.None;
        }

        try
        {
            return GoldCorrections.Read(path);
        }
        catch (FormatException e)
        {
            error = e.Message;
            return GoldCorrections.None;
        }
    }

    public static void Print(CliContext context, GoldCorrections corrections, string? path)
    {
        if (path is null)
        {
            return;
        }

        context.Out.WriteLine($"gold corrections: {corrections.AppliedCount} of {corrections.Entries.Count} applied ({path})");
        foreach (var c in corrections.Unapplied)
        {
            context.Out.WriteLine($"  correction names no gold event: {c.Id} event {c.Event} {c.Field}");
        }
    }
}
