using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Catalogs;

/// <summary>
/// One actor of the catalogue. <see cref="NameTemplate"/> may hold <c>{Regime}</c> (state forces, filled from the
/// regime period at the event date) or <c>{Country}</c> (generic actors, filled with the event's country).
/// </summary>
public sealed record ActorEntry(
    string NameTemplate,
    ActorType Type,
    string? CountryIso2,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    bool IsGeneric)
{
    public bool IsValidOn(DateOnly? date) =>
        date is null || ((ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo));
}
