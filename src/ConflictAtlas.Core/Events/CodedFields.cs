namespace ConflictAtlas.Core.Events;

/// <summary>The fields of an event (and of its coding) that an event-coding rule may set.</summary>
[Flags]
public enum CodedFields
{
    None = 0,

    /// <summary>The actors the event's sentences name as acting.</summary>
    Agents = 1,

    /// <summary>The actors the event's sentences name as acted upon.</summary>
    Patients = 2,

    Actor1 = 4,
    Actor2 = 8,
    EventClass = 16,
    CivilianTargeting = 32,
}
