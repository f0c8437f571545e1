namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"The army said its air defence units shot down drones": a speaker telling of its own men is the one acting.</summary>
public sealed class SpeakerActsThroughItsOwnMen : IRoleRule
{
    public string Name => "speaker-acts-through-its-own-men";

    public string Codebook => "An actor that reports what its own forces did is the actor of the event, not a mere source.";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.SpeechAfter(actor) is { } speech && sentence.SpeaksOfItsOwn(speech.Span.End) ? Role.Agent : null;
    }
}
