using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect.Roles;

/// <summary>
/// The sentence that tells an event, as the role rules read it: its tokens, the trigger, its mentions and the
/// marker words the rules share (each matched once, when a rule first asks).
/// </summary>
public sealed class RoleSentence(EventLexicon lexicon, string text, List<Token> tokens, PhraseMatch<Trigger> trigger, SentenceMentions mentions, bool isHeadline)
{
    /// <summary>Reach after a speech verb in which "its"/"their" still refers back to the speaker.</summary>
    private static readonly int OwnReach = CodingThresholds.Default.OwnMenReach;

    /// <summary>"by hundreds of jihadists": the words allowed between "by" and the one it marks.</summary>
    private static readonly int MarkedAgentReach = CodingThresholds.Default.MarkedAgentReach;

    /// <summary>"strikes carried out by Pakistan": the words allowed between "by" and a country it marks.</summary>
    private static readonly int MarkedCountryReach = CodingThresholds.Default.MarkedCountryReach;

    /// <summary>"pris pour cible un poste de sécurité de l'armée": the words allowed between a target word and the actor it marks.</summary>
    private static readonly int MarkedTargetReach = CodingThresholds.Default.MarkedTargetReach;

    /// <summary>"the police and local officials said": the most words of the second source between the coordinator and
    /// the speech verb.</summary>
    private static readonly int FellowSpeakerReach = CodingThresholds.Default.FellowSpeakerReach;

    private List<PhraseMatch<bool>>? _agentMarks;
    private List<PhraseMatch<bool>>? _targetMarks;
    private List<PhraseMatch<bool>>? _betweenMarks;
    private List<PhraseMatch<bool>>? _attributions;
    private List<PhraseMatch<bool>>? _sufferings;
    private HashSet<int>? _actTokens;
    private HashSet<int>? _forceTokens;
    private List<PhraseMatch<bool>>? _deathsBefore;
    private List<PhraseMatch<Trigger>>? _triggers;

    public EventLexicon Lexicon => lexicon;

    public string Text => text;

    public List<Token> Tokens => tokens;

    public PhraseMatch<Trigger> Trigger => trigger;

    public SentenceMentions Mentions => mentions;

    /// <summary>The report's headline (headlines drop the auxiliary: "Soldiers killed in Kidal").</summary>
    public bool IsHeadline => isHeadline;

    /// <summary>"by", "par": the words that mark the agent.</summary>
    public List<PhraseMatch<bool>> AgentMarks => _agentMarks ??= lexicon.AgentMarkers.Match(tokens);

    /// <summary>"targeted", "attaque contre", "هجوم على": the words that mark what the act was aimed at.</summary>
    public List<PhraseMatch<bool>> TargetMarks => _targetMarks ??= lexicon.TargetMarkers.Match(tokens);

    /// <summary>"between", "entre": the words that list the two sides of a clash.</summary>
    public List<PhraseMatch<bool>> BetweenMarks => _betweenMarks ??= lexicon.BetweenMarkers.Match(tokens);

    /// <summary>Death words that take their figure after them ("killing", "tuant", "قتل").</summary>
    public List<PhraseMatch<bool>> DeathsBefore => _deathsBefore ??= lexicon.DeathBeforeNumber.Match(tokens);

    /// <summary>"said", "according to": the words that attribute a statement.</summary>
    public List<PhraseMatch<bool>> Attributions => _attributions ??= lexicon.Attribution.Match(tokens);

    /// <summary>Death and injury words ("killed", "wounded", "tués").</summary>
    public List<PhraseMatch<bool>> Sufferings => _sufferings ??= [.. lexicon.DeathAfterNumber.Match(tokens).Concat(lexicon.InjuryWords.Match(tokens))];

    /// <summary>The tokens of the triggers that name a use of force rather than a crowd ("strike", "shelling"; not
    /// "protesters", "mob" or "riot police").</summary>
    public HashSet<int> ForceTokens => _forceTokens ??=
        [.. Triggers.Where(m => !m.Values.Any(t => IsCrowdAct(t.SubEventType)))
                   .SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount))];

    /// <summary>Every trigger of the sentence, the event's and any other.</summary>
    private List<PhraseMatch<Trigger>> Triggers => _triggers ??= lexicon.Triggers.Match(tokens);

    private static bool IsCrowdAct(string subEventType) =>
        subEventType is SubEventTypes.PeacefulProtest or SubEventTypes.ProtestWithIntervention or SubEventTypes.ExcessiveForceAgainstProtesters
            or SubEventTypes.ViolentDemonstration or SubEventTypes.MobViolence;

    /// <summary>The tokens of the words of an act: a trigger of any type, a death or injury word.</summary>
    public HashSet<int> ActTokens => _actTokens ??=
        [.. Triggers.Select(m => (m.FirstToken, m.TokenCount)).Concat(Sufferings.Select(m => (m.FirstToken, m.TokenCount)))
                   .Append((trigger.FirstToken, trigger.TokenCount)).SelectMany(m => Enumerable.Range(m.FirstToken, m.TokenCount))];

    /// <summary>The speech verb right after the actor ("the army said"), with nothing but spaces between, or null.</summary>
    public PhraseMatch<bool>? SpeechAfter(RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Attributions.Find(a => IsRightAfter(actor, a));
    }

    /// <summary>Whether <paramref name="attribution"/> follows the actor at once, with no clause punctuation between.</summary>
    public bool IsRightAfter(RoleActor actor, PhraseMatch<bool> attribution)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(attribution);
        return attribution.FirstToken > actor.LastToken && attribution.FirstToken - actor.LastToken <= 1 &&
               text.AsSpan(actor.Span.End, attribution.Span.Start - actor.Span.End).IndexOfAny(",;:") < 0;
    }

    /// <summary>Whether <paramref name="attribution"/> follows the actor once a second source is joined to it ("Malian
    /// police and local officials said"): a coordinator and a few words, none an actor, an act or clause punctuation.</summary>
    public bool IsRightAfterAFellowSpeaker(RoleActor actor, PhraseMatch<bool> attribution)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(attribution);
        var next = actor.LastToken + 1;
        var words = attribution.FirstToken - next - 1;
        return next < attribution.FirstToken && words >= 1 && words <= FellowSpeakerReach &&
               lexicon.Coordinators.Contains(tokens[next].Folded) &&
               text.AsSpan(actor.Span.End, attribution.Span.Start - actor.Span.End).IndexOfAny(",;:") < 0 &&
               !mentions.Actors.Exists(a => a.Span.Start >= actor.Span.End && a.Span.End <= attribution.Span.Start) &&
               !Enumerable.Range(next, attribution.FirstToken - next).Any(ActTokens.Contains);
    }

    /// <summary>Whether <paramref name="attribution"/> follows the actor once its town is told ("the police in Gao
    /// said", "la police de Gao a indiqué"): a link word, a place and nothing else between them.</summary>
    public bool IsRightAfterItsPlace(RoleActor actor, PhraseMatch<bool> attribution)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(attribution);
        return attribution.Span.Start > actor.Span.End &&
               text.AsSpan(actor.Span.End, attribution.Span.Start - actor.Span.End).IndexOfAny(",;:") < 0 &&
               mentions.Places.Exists(p =>
                   p.Span.Start > actor.Span.End && p.Span.End <= attribution.Span.Start &&
                   text.AsSpan(p.Span.End, attribution.Span.Start - p.Span.End).IsWhiteSpace() &&
                   lexicon.SourcePlaceLinks.Contains(TextNormalizer.Fold(text[actor.Span.End..p.Span.Start].Trim())));
    }

    /// <summary>Whether <paramref name="attribution"/> is a prefix such as "according to".</summary>
    public bool IsPrefix(PhraseMatch<bool> attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        return lexicon.AttributionPrefixes.Contains(TextNormalizer.Fold(attribution.Span.Of(text)));
    }

    /// <summary>Whether the words from token <paramref name="first"/> are marked as the agent by a "by" shortly before
    /// them ("an attack by JNIM", "strikes conducted by Pakistan"), not one that names a statement's author ("a
    /// statement by").</summary>
    public bool IsMarkedAgent(int first) => IsMarkedAgent(first, MarkedAgentReach);

    /// <summary>Whether a country named from token <paramref name="first"/> is marked as the one that acted: "by" right
    /// before it, with at most an article between ("carried out by Pakistan", "par le Niger").</summary>
    public bool IsMarkedCountry(int first) => IsMarkedAgent(first, MarkedCountryReach);

    private bool IsMarkedAgent(int first, int reach) =>
        AgentMarks.Exists(m => m.FirstToken + m.TokenCount <= first && first - (m.FirstToken + m.TokenCount) <= reach &&
                               !(m.FirstToken > 0 && lexicon.NotAgentiveBy.Contains(tokens[m.FirstToken - 1].Folded)));

    /// <summary>Whether a target word comes shortly before the actor ("targeted a post of the army", "une attaque contre
    /// l'armée") in the same clause, with no other actor and no "by" between them.</summary>
    public bool IsMarkedTarget(RoleActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return TargetMarks.Exists(m =>
        {
            var end = m.FirstToken + m.TokenCount;
            return end <= actor.FirstToken && actor.FirstToken - end <= MarkedTargetReach &&
                   text.AsSpan(m.Span.End, Math.Max(0, actor.Span.Start - m.Span.End)).IndexOfAny(",;:") < 0 &&
                   !mentions.Actors.Exists(a => a.Span.Start >= m.Span.End && a.Span.End <= actor.Span.Start) &&
                   !AgentMarks.Exists(a => a.FirstToken >= end && a.FirstToken < actor.FirstToken);
        });
    }

    /// <summary>Whether the token at <paramref name="index"/> follows a passive auxiliary ("were killed").</summary>
    public bool IsPassive(int index) => index > 0 && lexicon.PassiveAuxiliaries.Contains(tokens[index - 1].Folded);

    /// <summary>Whether the reported speech from <paramref name="from"/> goes on about the speaker's own men ("said its fighters had ...").</summary>
    public bool SpeaksOfItsOwn(int from)
    {
        var length = Math.Min(OwnReach, text.Length - from);
        var after = text.AsSpan(from, length);
        var stop = after.IndexOfAny(".,;:\n");
        var window = (stop < 0 ? after : after[..stop]).ToString();
        return lexicon.OwnWords.Any(w => window.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
