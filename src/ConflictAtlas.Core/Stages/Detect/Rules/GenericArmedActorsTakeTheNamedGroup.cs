using ConflictAtlas.Core.Events;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// A generic description stands for the named armed group of the event, or of the report when the event is violent and
/// claimed: it takes that name and keeps its role.
/// </summary>
public sealed class GenericArmedActorsTakeTheNamedGroup : ICodingRule
{
    public string Name => "generic-armed-actors-take-the-named-group";

    public string Codebook => "An actor described only generically (\"militants\", \"gunmen\") is coded as the named armed group the event or the report attributes the act to.";

    public CodedFields Fields => CodedFields.Agents | CodedFields.Patients;

    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var namedGroup = state.Agents.Concat(state.Patients).FirstOrDefault(a => a.Confidence > state.Thresholds.GenericActor && CodingState.IsNonStateArmed(a.Value))
                         ?? (state.IsViolent && !state.Unclaimed && state.NamedArmedActors.Count > 0 ? state.NamedArmedActors[0] : null);
        if (namedGroup is not null)
        {
            state.Agents = Rename(state.Agents, namedGroup, state);
            state.Patients = Rename(state.Patients, namedGroup, state);
        }
    }

    /// <summary>Generic armed actors renamed to <paramref name="named"/>, duplicates joined.</summary>
    private static List<Evidence<Actor>> Rename(List<Evidence<Actor>> actors, Evidence<Actor> named, CodingState state)
    {
        var result = new List<Evidence<Actor>>();
        foreach (var actor in actors)
        {
            var renamed = state.IsGenericArmed(actor) ? named with { Spans = actor.Spans, Confidence = state.Thresholds.RenamedGenericActor } : actor;
            var existing = result.FindIndex(r => r.Value.Name == renamed.Value.Name);
            if (existing >= 0)
            {
                result[existing] = result[existing].WithSpans(renamed.Spans);
            }
            else
            {
                result.Add(renamed);
            }
        }

        return result;
    }
}
