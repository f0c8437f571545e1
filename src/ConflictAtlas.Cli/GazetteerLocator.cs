using ConflictAtlas.Core.Geo;
using ConflictAtlas.Storage.Gazetteer;

namespace ConflictAtlas.Cli;

/// <summary>
/// Finds and opens the GeoNames gazetteer: <c>$ATLAS_GAZETTEER</c>, else <c>data/gazetteer.db</c> in the current
/// folder or the repository. The curated supplement always comes first; without the database it is used alone.
/// </summary>
public static class GazetteerLocator
{
    public const string EnvironmentVariable = "ATLAS_GAZETTEER";

    /// <summary>The gazetteer file to use (it may not exist).</summary>
    public static string ResolvePath()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        if (File.Exists(GazetteerDatabase.DefaultPath))
        {
            return Path.GetFullPath(GazetteerDatabase.DefaultPath);
        }

        return RepositoryRoot() is { } root ? Path.Combine(root, GazetteerDatabase.DefaultPath) : Path.GetFullPath(GazetteerDatabase.DefaultPath);
    }

    /// <summary>Supplement + GeoNames gazetteer, or the supplement alone with a one-line warning.</summary>
    public static IGazetteer Open(TextWriter warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var path = ResolvePath();
        if (!File.Exists(path))
        {
            warnings.WriteLine($"warning: no gazetteer at {path} (run scripts/build-gazetteer.sh); using the curated supplement only");
            return InMemoryGazetteer.Supplement;
        }

        try
        {
            var gazetteer = SqliteGazetteer.Open(path);
            if (gazetteer.Notice is { } notice)
            {
                warnings.WriteLine($"warning: {notice}");
            }

            return new CompositeGazetteer(InMemoryGazetteer.Supplement, gazetteer);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            warnings.WriteLine($"warning: cannot read the gazetteer {path} ({ex.Message}); using the curated supplement only");
            return InMemoryGazetteer.Supplement;
        }
    }

    /// <summary>The nearest folder above the program holding ConflictAtlas.slnx.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictAtlas.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
