using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>"soldiers on patrol were ambushed", "deux soldats d'une unité ont été tués par": the subject of a passive
/// act is the one it befell, however many words describe it before the verb.</summary>
public sealed class PassiveSubjectIsTarget : IRoleRule
{
    /// <summary>The most tokens between the actor and the passive auxiliary after it.</summary>
    private static readonly int Reach = CodingThresholds.Default.PassiveSubjectReach;

    public string Name => "passive-subject-is-target";

    public string Codebook => "Actor2 is the target: the subject of a passive act (\"were attacked\", \"ont été tués\") is the one it befell.";

    public Role? Decide(RoleSentence sentence, RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(actor);
        var tokens = sentence.Tokens;
        var acts = sentence.ActTokens;
        var trigger = sentence.Trigger;
        for (var i = actor.LastToken + 1; i < tokens.Count - 1 && i - actor.LastToken <= Reach; i++)
        {
            // The subject ends at a clause break, at another actor, or at the act told in the active voice.
            if (sentence.Text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).IndexOfAny(",;:") >= 0 ||
                sentence.Mentions.Actors.Exists(m => m.Span.Start == tokens[i].Span.Start) ||
                (i >= trigger.FirstToken && i < trigger.FirstToken + trigger.TokenCount && !sentence.IsPassive(trigger.FirstToken)))
            {
                return null;
            }

            if (sentence.IsPassive(i + 1) && acts.Contains(i + 1))
            {
                return Role.Patient;
            }
        }

        return null;
    }
}
