namespace ConflictAtlas.Core.Catalogs;

/// <summary>An alias pointing at an actor, optionally only valid in reports about one country ("the army").</summary>
public sealed record ActorAlias(ActorEntry Actor, string? RequiresCountryIso2);
