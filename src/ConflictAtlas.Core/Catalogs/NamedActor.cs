namespace ConflictAtlas.Core.Catalogs;

/// <summary>A named actor of <c>actors.tsv</c> and the public source its row was taken from.</summary>
public sealed record NamedActor(ActorEntry Entry, string Source)
{
    /// <summary>The actor's name as <c>actors.tsv</c> writes it (without a regime slot).</summary>
    public string Name { get; init; } = Entry.NameTemplate;

    /// <summary>The aliases that name the actor in any report (not the country-bound "@XX" ones, which are
    /// descriptions such as "@ML the army").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
