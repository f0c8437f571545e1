namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>What an actor named in an event's sentence is to that event.</summary>
public enum Role
{
    /// <summary>Named, but no party to the event: the speaker of a statement about it.</summary>
    NoParty,

    /// <summary>The one who acts: a candidate for actor1.</summary>
    Agent,

    /// <summary>The one who acts, named with "by" ("an attack by JNIM"): ahead of every unmarked agent.</summary>
    MarkedAgent,

    /// <summary>The one acted upon: a candidate for actor2.</summary>
    Patient,

    /// <summary>The one acted upon, named after a target word ("targeted the army", "une attaque contre l'armée"):
    /// the target even when no attacker is named.</summary>
    MarkedPatient,
}
