using ConflictAtlas.Core.Catalogs;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// An actor alias found in the text with every catalogue actor it may stand for. Aliases tied to one country
/// ("the army") are kept with that condition and checked against the event's country when the event is coded.
/// </summary>
public sealed record ActorMention(IReadOnlyList<ActorAlias> Aliases)
{
    public bool IsGeneric => Aliases.All(c => c.Actor.IsGeneric);

    /// <summary>The actors this mention may stand for in an event in <paramref name="countryIso2"/>.</summary>
    public IEnumerable<ActorEntry> CandidatesIn(string? countryIso2) =>
        Aliases.Where(a => a.RequiresCountryIso2 is null || a.RequiresCountryIso2 == countryIso2).Select(a => a.Actor).Distinct();

    /// <summary>
    /// The actor this mention stands for in an event in <paramref name="countryIso2"/> on <paramref name="day"/>: among
    /// the actors whose period contains the day, a named one before a generic one, then one of the event's country.
    /// </summary>
    public ActorEntry? Choose(string? countryIso2, DateOnly? day) =>
        CandidatesIn(countryIso2).Where(c => c.IsValidOn(day)).OrderBy(c => c.IsGeneric)
            .ThenBy(c => c.CountryIso2 == countryIso2 ? 0 : 1).FirstOrDefault();
}
