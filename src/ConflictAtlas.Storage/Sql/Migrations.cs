using System.Globalization;
using System.Reflection;

namespace ConflictAtlas.Storage.Sql;

/// <summary>The versioned schema migrations embedded as <c>{dialect}.NNN_name.sql</c>, in version order.</summary>
public static class Migrations
{
    public static IReadOnlyList<(int Version, string Sql)> For(string dialect)
    {
        var assembly = typeof(Migrations).Assembly;
        var prefix = dialect + ".";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n[prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), Sql: Read(assembly, n)))
            .OrderBy(m => m.Version)];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
