namespace ConflictAtlas.Core.Catalogs;

/// <summary>A named actor of <c>actors.tsv</c> and the public source its row was taken from.</summary>
public sealed record NamedActor(ActorEntry Entry, string Source);
