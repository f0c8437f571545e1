namespace ConflictAtlas.Server;

/// <summary>Finds the npm assets that <c>scripts/setup.sh</c> installs into <c>.build/npm/node_modules</c>.</summary>
public static class AssetLocator
{
    private static readonly string RelativePath = Path.Combine(".build", "npm", "node_modules");

    /// <summary>The given folder when it exists; otherwise <c>.build/npm/node_modules</c> in the working folder,
    /// the program's folder, or one of their parents; null when none is there.</summary>
    public static string? Find(string? explicitDir)
    {
        if (explicitDir is not null)
        {
            return Directory.Exists(explicitDir) ? Path.GetFullPath(explicitDir) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
