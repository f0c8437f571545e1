namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"a Turkish drone strike", "Israeli airstrikes": an actor whose name takes in a word of a use of force
/// names who carried it out, wherever the sentence puts it ("three civilians were killed in a Turkish drone strike").
/// A crowd named by a word of its own act ("protesters", "mob") is left to the next rules.</summary>
public sealed class AttributiveActs : IRoleRule
{
    public string Name => "attributive-acts";

    public string Codebook => "Actor1 is the initiator: the actor named as part of the act (\"a Turkish drone strike\").";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        for (var i = actor.FirstToken; i <= actor.LastToken; i++)
        {
            if (sentence.ForceTokens.Contains(i))
            {
                return Role.MarkedAgent;
            }
        }

        return null;
    }
}
