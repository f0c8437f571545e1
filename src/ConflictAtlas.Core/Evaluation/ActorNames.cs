using System.Text.RegularExpressions;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// How the evaluation compares actor names: case- and accent-insensitively, ignoring a trailing regime period such as
/// <c>(2021-)</c>, and accepting the other names the actor catalogue gives a predicted actor (its acronyms and other
/// spellings). Only an alias that names one catalogue actor counts: "Tuareg rebels", listed under several coalitions,
/// identifies none of them. Country-bound generic words ("@ML the army") are descriptions, not names, and are left out.
/// </summary>
public sealed partial class ActorNames
{
    private readonly Dictionary<string, HashSet<string>> _aliases;

    /// <summary>Names by their catalogue entries: each actor's name with its aliases.</summary>
    public ActorNames(IEnumerable<(string Name, IEnumerable<string> Aliases)> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        var list = actors.Select(a => (Name: Key(a.Name), Aliases: a.Aliases.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal))).ToList();
        var owners = list.SelectMany(a => a.Aliases.Select(alias => (alias, a.Name))).Distinct()
            .GroupBy(x => x.alias, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _aliases = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (name, aliases) in list)
        {
            if (!_aliases.TryGetValue(name, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                _aliases[name] = set;
            }

            set.UnionWith(aliases.Where(a => owners[a] == 1));
        }
    }

    /// <summary>Names compared as written (no catalogue).</summary>
    public static ActorNames None { get; } = new([]);

    /// <summary>The named actors of the coder's catalogue (<see cref="ActorCatalog.Named"/>).</summary>
    public static ActorNames Catalogue => LazyCatalogue.Value;

    private static readonly Lazy<ActorNames> LazyCatalogue = new(() => FromCatalog(ActorCatalog.Default));

    /// <summary>The named actors of <paramref name="catalog"/>, each with the aliases that name it in any report.</summary>
    public static ActorNames FromCatalog(ActorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new(catalog.Named.Select(a => (a.Name, (IEnumerable<string>)a.Aliases)));
    }

    /// <summary>Reads rows of <c>actors.tsv</c>: the name in column 0, the aliases (<c>|</c>) in column 5.</summary>
    public static ActorNames FromRows(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new(rows.Select(r => (r[0].Trim(), ResourceFile.SplitList(ResourceFile.Field(r, 5)).Where(a => !a.StartsWith('@')))));
    }

    /// <summary>The comparison key of a name: folded (case, accents), spaces collapsed, a trailing regime period dropped.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = TextNormalizer.Fold(RegimePeriod().Replace(name, string.Empty));
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether a predicted actor names the gold actor or one of its alternatives.</summary>
    public bool Agree(string? predicted, string? gold, IEnumerable<string> goldAlternatives)
    {
        ArgumentNullException.ThrowIfNull(goldAlternatives);
        if (string.IsNullOrWhiteSpace(predicted) || string.IsNullOrWhiteSpace(gold))
        {
            return false;
        }

        var goldKeys = goldAlternatives.Prepend(gold).Select(Key).ToHashSet(StringComparer.Ordinal);
        var key = Key(predicted);
        return goldKeys.Contains(key) || (_aliases.TryGetValue(key, out var aliases) && aliases.Overlaps(goldKeys));
    }

    [GeneratedRegex(@"\s*\(\s*\d{4}\s*(-\s*(\d{4})?\s*)?\)\s*$")]
    private static partial Regex RegimePeriod();
}
