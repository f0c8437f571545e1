using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"four soldiers killed", "soldiers were killed", "dix soldats tués": the actor the death or injury word
/// follows is the victim, and so is one counted right after a death or injury word ("tuant 4 soldats", "قتل 4 جنود").</summary>
public sealed class SuffererIsTarget : IRoleRule
{
    /// <summary>The most tokens between the actor and the death or injury word after it.</summary>
    private static readonly int Reach = CodingThresholds.Default.SuffererReach;

    /// <summary>"four soldiers": the most characters between a figure and the actor it counts.</summary>
    private static readonly int CountReach = CodingThresholds.Default.SuffererCountReach;

    public string Name => "sufferer-is-target";

    public string Codebook => "Actor2 is the side that suffered: the actor counted among the dead or wounded.";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        var tokens = sentence.Tokens;
        var last = actor.LastToken;
        var count = actor.FirstToken > 0 ? sentence.Mentions.Numbers.Find(m => m.Span.End <= actor.Span.Start && actor.Span.Start - m.Span.End <= CountReach) : null;
        var counted = count is not null;
        // A death or injury word that takes its figure after it, right before the count ("tuant 4 soldats"; Arabic
        // puts the passive verb first: "قتل 4 جنود", "أصيب 12 طفلا").
        if (count is not null && sentence.DeathsBefore.Concat(sentence.Sufferings).Any(m => m.Span.End <= count.Span.Start && count.Span.Start - m.Span.End <= CountReach))
        {
            return Role.Patient;
        }

        // Headlines drop the auxiliary: "Soldiers killed in Kidal".
        return sentence.Sufferings.Any(m => m.FirstToken > last && m.FirstToken - last <= Reach &&
                                            (counted || sentence.IsHeadline || m.TokenCount > 1 || sentence.IsPassive(m.FirstToken) ||
                                             (m.Values.Count > 0 && !sentence.Lexicon.ActiveDeathVerbs.Contains(tokens[m.FirstToken].Folded))))
            ? Role.Patient
            : null;
    }
}
