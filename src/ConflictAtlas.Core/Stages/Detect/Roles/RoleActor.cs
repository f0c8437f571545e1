using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>An actor mention of the sentence, with the indexes of its first and last tokens in the sentence.</summary>
public sealed record RoleActor(TextSpan Span, ActorMention Value, int FirstToken, int LastToken);
