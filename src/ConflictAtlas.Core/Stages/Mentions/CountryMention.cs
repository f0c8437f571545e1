using ConflictAtlas.Core.Catalogs;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>A country name or adjective in the text ("Mali", "Malian"); ambiguous adjectives list several countries.
/// <see cref="IsBorder"/>: the country is named as the neighbour across a border ("near the Nigerian border", "à la
/// frontière avec le Niger"): the text is placed next to it, not in it. <see cref="IsModifier"/>: the name is joined
/// by a hyphen to the word after it ("French-speaking", "Turkish-made drones", "a Britain-based monitor"): it describes
/// something else and places nothing.</summary>
public sealed record CountryMention(IReadOnlyList<Country> Countries, bool IsAdjective, bool IsBorder = false, bool IsModifier = false)
{
    /// <summary>Whether the mention tells where the text is: not a neighbour across a border, not a modifier.</summary>
    public bool Places => !IsBorder && !IsModifier;
}
