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
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n, Version: int.Parse(n[prefix.Length..].Split('_')[0], CultureInfo.InvariantCulture)))
            .ToList();
        // Two files with one number would leave one of them unapplied on every store that already has the other.
        if (names.GroupBy(n => n.Version).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException($"two {dialect} migrations share version {clash.Key}: {string.Join(", ", clash.Select(c => c.Name))}");
        }

        return [.. names.OrderBy(n => n.Version).Select(n => (n.Version, Read(assembly, n.Name)))];
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
