namespace ConflictAtlas.Tests.Support;

/// <summary>Paths of the repository and of the shared folder beside it, for every test project (linked in by
/// tests/Directory.Build.props).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>The folder beside the repository that holds the seed report and third-party benchmark pages (never
    /// copied into the project); a clone on its own has none.</summary>
    public static string SharedRoot => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SeedPath => Path.Combine(SharedRoot, "seed", "000_78b06316927166f5.txt");

    /// <summary>Why a test that reads <paramref name="what"/> from the shared folder cannot run here, or null when it can.</summary>
    public static string? SharedMissing(string what) =>
        Directory.Exists(SharedRoot)
            ? null
            : $"{SharedRoot} is missing: this test reads {what} from it (clone the project beside its shared folder to run it)";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ConflictAtlas.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that reads from the shared folder beside the repository: skipped, saying so, when it is missing.</summary>
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string needs)
    {
        if (Repo.SharedMissing(needs) is { } why)
        {
            Skip = why;
        }
    }
}

/// <summary>A theory that reads from the shared folder beside the repository: skipped, saying so, when it is missing.</summary>
internal sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string needs)
    {
        if (Repo.SharedMissing(needs) is { } why)
        {
            Skip = why;
        }
    }
}
