using System.Collections;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>An ordered list of named rules, each name at most once: the coding, role and figure registries.</summary>
public abstract class NamedRules<TRule> : IReadOnlyList<TRule>
    where TRule : INamedRule
{
    private readonly List<TRule> _rules;

    /// <param name="rules">The rules, in the order they run.</param>
    protected NamedRules(IEnumerable<TRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        if (_rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"{typeof(TRule).Name} '{twice.Key}' is listed twice", nameof(rules));
        }
    }

    public int Count => _rules.Count;

    public TRule this[int index] => _rules[index];

    public IEnumerator<TRule> GetEnumerator() => _rules.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The rules but the one named <paramref name="name"/>, which must be listed.</summary>
    protected IEnumerable<TRule> AllBut(string name) =>
        _rules.Exists(r => r.Name == name) ? _rules.Where(r => r.Name != name) : throw new ArgumentException($"no {typeof(TRule).Name} '{name}'", nameof(name));
}
