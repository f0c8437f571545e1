using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>
/// "Clashes between the police and gangs", "affrontements entre soldats et jihadistes": an act followed by "between"
/// lists its two sides, the first named as the agent and the others as the target, though all come after the act.
/// </summary>
public sealed class SidesNamedAfterBetween : IRoleRule
{
    /// <summary>The most words between the act and the "between" that lists its sides.</summary>
    private static readonly int Reach = CodingThresholds.Default.BetweenReach;

    /// <summary>The most words between "between" and the first side: one further away only qualifies a side ("forces
    /// loyal to the government").</summary>
    private static readonly int SideReach = CodingThresholds.Default.BetweenSideReach;

    public string Name => "sides-named-after-between";

    public string Codebook => "Actor1 and actor2 are the two sides of a clash: as the sentence lists them after \"between\", the first named first.";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        var actEnd = sentence.Trigger.FirstToken + sentence.Trigger.TokenCount;
        var marker = sentence.BetweenMarks.Find(m => m.FirstToken >= actEnd && m.FirstToken - actEnd <= Reach && m.FirstToken + m.TokenCount <= actor.FirstToken);
        if (marker is null ||
            sentence.Text.AsSpan(marker.Span.End, Math.Max(0, actor.Span.Start - marker.Span.End)).IndexOfAny(",;:") >= 0)
        {
            return null;
        }

        var first = !sentence.Mentions.Actors.Exists(a => a.Span.Start >= marker.Span.End && a.Span.End <= actor.Span.Start);
        return !first ? Role.Patient
            : actor.FirstToken - (marker.FirstToken + marker.TokenCount) <= SideReach ? Role.Agent
            : null;
    }
}
