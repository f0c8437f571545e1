using ConflictAtlas.Core.Catalogs;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>An actor alias found in the text with every catalogue actor it may stand for.</summary>
public sealed record ActorMention(IReadOnlyList<ActorEntry> Candidates)
{
    public bool IsGeneric => Candidates.All(c => c.IsGeneric);
}
