using ConflictAtlas.Core.Catalogs;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>A country name or adjective in the text ("Mali", "Malian"); ambiguous adjectives list several countries.</summary>
public sealed record CountryMention(IReadOnlyList<Country> Countries, bool IsAdjective);
