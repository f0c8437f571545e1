namespace ConflictAtlas.Core.Events;

/// <summary>A coded actor: ACLED-style name (regime-dated for state forces), type, and home country.</summary>
public sealed record Actor(string Name, ActorType Type, string? Country);
