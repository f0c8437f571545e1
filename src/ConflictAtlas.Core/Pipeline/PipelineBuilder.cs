using System.Collections.Immutable;

namespace ConflictAtlas.Core.Pipeline;

/// <summary>
/// Collects stages in order. <see cref="Build"/> checks that every stage's requirements are produced by an
/// earlier stage (or are the raw input) and that no two stages share a name, then freezes the list.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    public bool Contains(string name) => _stages.Exists(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    public Pipeline Build()
    {
        var available = Annotations.Raw;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            if (!names.Add(stage.Name))
            {
                throw new PipelineConfigurationException($"two stages are named '{stage.Name}'");
            }

            var missing = stage.Requires & ~available;
            if (missing != Annotations.None)
            {
                throw new PipelineConfigurationException(
                    $"stage '{stage.Name}' requires {missing}, which no earlier stage produces");
            }

            available |= stage.Produces;
        }

        return new Pipeline(_stages.ToImmutableArray(), available);
    }
}
