using System.Reflection;

namespace ConflictAtlas.Core.Catalogs;

/// <summary>
/// Checks the type-name constants (<see cref="EventTypes"/>, <see cref="SubEventTypes"/>) against a taxonomy: every
/// constant names a row and every row has its constant. <see cref="Taxonomy.Default"/> runs the check when it loads.
/// </summary>
public static class TaxonomyNames
{
    /// <summary>Throws <see cref="InvalidDataException"/> naming each constant the taxonomy lacks and each type
    /// without a constant.</summary>
    public static Taxonomy Check(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var problems = Mismatches(typeof(EventTypes), taxonomy.All.Select(c => c.EventType))
            .Concat(Mismatches(typeof(SubEventTypes), taxonomy.All.Select(c => c.SubEventType)))
            .ToList();
        return problems.Count == 0
            ? taxonomy
            : throw new InvalidDataException("taxonomy.tsv and the type-name constants disagree: " + string.Join("; ", problems));
    }

    /// <summary>The constant values of <paramref name="holder"/> by field name.</summary>
    public static IReadOnlyDictionary<string, string> Constants(Type holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!, StringComparer.Ordinal);
    }

    private static IEnumerable<string> Mismatches(Type holder, IEnumerable<string> names)
    {
        var constants = Constants(holder);
        var known = names.ToHashSet(StringComparer.Ordinal);
        foreach (var (field, value) in constants.Where(c => !known.Contains(c.Value)))
        {
            yield return $"{holder.Name}.{field} = '{value}' is not in the taxonomy";
        }

        var values = constants.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var name in known.Where(n => !values.Contains(n)).Order(StringComparer.Ordinal))
        {
            yield return $"'{name}' has no constant in {holder.Name}";
        }
    }
}
