using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "Four farmers were killed in a village on Monday. Police went to the scene to investigate": when the sentence that
/// tells an attack names its civilian victims but no attacker, state forces that act only in the report's other
/// sentences (arriving, investigating, searching, reinforcing) are not the attacker. Another agent of the event, if any,
/// is; otherwise the later rules find one (a claimant, an unidentified group).
/// </summary>
public sealed class ForcesActingAfterAnAttackOnCiviliansAreNotItsAttacker : ICodingRule
{
    public string Name => "forces-acting-after-an-attack-on-civilians-are-not-its-attacker";

    public string Codebook => "Actor1 is the initiator: state forces that only respond to an attack on civilians the report does not attribute to them are not its actor1.";

    public CodedFields Fields => CodedFields.Actor1;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.LeadAgent is not null || state.Actor1 is not { Value.Type: ActorType.StateForces } forces)
        {
            return;
        }

        var leadTargets = state.LeadPatients.ToList();
        if (leadTargets.Count == 0 || !leadTargets.TrueForAll(p => p.Value.Type == ActorType.Civilians) ||
            state.Lead.Agents.Concat(state.Lead.Patients).Any(l => forces.Spans.Contains(l.Span)))
        {
            return;
        }

        state.Actor1 = CodingState.Pick(state.Agents.Where(a => a.Value.Type != ActorType.StateForces && a.Value.Type != ActorType.Civilians), exclude: null);
    }
}
