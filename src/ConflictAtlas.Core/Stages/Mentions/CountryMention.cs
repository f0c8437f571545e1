using ConflictAtlas.Core.Catalogs;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>A country name or adjective in the text ("Mali", "Malian"); ambiguous adjectives list several countries.
/// <see cref="IsBorder"/>: the country is named as the neighbour across a border ("near the Nigerian border", "à la
/// frontière avec le Niger"): the text is placed next to it, not in it.</summary>
public sealed record CountryMention(IReadOnlyList<Country> Countries, bool IsAdjective, bool IsBorder = false);
