namespace ConflictAtlas.Core.Events;

/// <summary>A coded actor: ACLED-style name (regime-dated for state forces), type, and home country.</summary>
public sealed record Actor(string Name, ActorType Type, string? Country)
{
    /// <summary>A generic actor the coder names after the country ("Unidentified Armed Group (Mali)", "Civilians
    /// (Mali)", "Protesters (Mali)"), not one the catalogue names (a group, a state force).</summary>
    public bool IsGeneric { get; init; }
}
