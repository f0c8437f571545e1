using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// "Nine soldiers died in an ambush. ... The army sent reinforcements": when the sentence that tells the event names no
/// attacker, state forces it names as the target are not made the attacker by another sentence in which they act
/// (reinforcing, investigating, reporting). Another agent of the event, if any, is the attacker; otherwise the later
/// rules find one (a claimant, an unidentified group). A non-state group the lead names after the act is left alone:
/// the lead often names the attacker there ("after the militants stormed a base").
/// </summary>
public sealed class TheLeadsSuffererIsNotItsAttacker : ICodingRule
{
    public string Name => "the-leads-sufferer-is-not-its-attacker";

    public string Codebook => "Actor1 is the initiator and actor2 its target: state forces the sentence reporting the event names as the target are not its actor1.";

    public CodedFields Fields => CodedFields.Actor1 | CodedFields.Actor2;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.LeadAgent is not null || state.Actor1 is not { Value.Type: ActorType.StateForces } actor1)
        {
            return;
        }

        var leadTargets = state.LeadPatients.ToList();
        if (!leadTargets.Exists(p => p.Value.Name == actor1.Value.Name))
        {
            return;
        }

        var attacker = CodingState.Pick(state.Agents.Where(a => !leadTargets.Exists(p => p.Value.Name == a.Value.Name)), exclude: null);
        state.Actor1 = attacker;
        state.Actor2 = CodingState.Pick(leadTargets, exclude: attacker?.Value.Name);
    }
}
