namespace ConflictAtlas.Core.Events;

/// <summary>ACLED's actor types (inter codes 1-8), in code order.</summary>
public enum ActorType
{
    StateForces = 1,
    RebelGroup = 2,
    PoliticalMilitia = 3,
    IdentityMilitia = 4,
    Rioters = 5,
    Protesters = 6,
    Civilians = 7,
    ExternalOtherForces = 8,
}
