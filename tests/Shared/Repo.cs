namespace ConflictAtlas.Tests.Support;

/// <summary>Paths of the repository and of the shared folder beside it, for every test project (linked in by
/// tests/Directory.Build.props).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "..", "shared", "seed", "000_78b06316927166f5.txt");

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
