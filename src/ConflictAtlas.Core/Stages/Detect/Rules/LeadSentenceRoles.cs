using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// The sentence that tells the event decides the roles; sentences that refer back to it only fill gaps. Named actors
/// beat generic ones, and state forces are not their own target.
/// </summary>
public sealed class LeadSentenceRoles : ICodingRule
{
    public string Name => "lead-sentence-roles";

    public string Codebook => "Actor1 is the actor who initiates the event and actor2 its target, as the sentence reporting the event names them.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var actor1 = state.LeadAgent ?? CodingState.Pick(state.Agents, exclude: null);
        var targets = state.Patients.Where(p => !(actor1?.Value.Type == ActorType.StateForces && p.Value.Type == ActorType.StateForces) && p.Value.Name != actor1?.Value.Name).ToList();
        // As with the attacker, the sentence that tells the event names its target first ("militants killed eight
        // villagers": not the army named in a later sentence).
        state.Actor1 = actor1;
        state.Actor2 = CodingState.Pick(state.LeadPatients.Where(targets.Contains), exclude: null) ?? CodingState.Pick(targets, exclude: null);
    }
}
