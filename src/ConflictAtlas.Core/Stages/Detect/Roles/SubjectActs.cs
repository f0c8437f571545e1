namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"JNIM attacked the army": with no marker, the actor before the act is its agent and the one after it the target.</summary>
public sealed class SubjectActs : IRoleRule
{
    public string Name => "subject-acts";

    public string Codebook => "Actor1 is the initiator, actor2 the target: in an active sentence, its subject and its object.";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Span.Start < sentence.Trigger.Span.Start ? Role.Agent : Role.Patient;
    }
}
