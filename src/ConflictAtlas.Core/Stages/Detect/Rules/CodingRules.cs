using System.Collections;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// The ordered list of event-coding rules. Order matters: each rule reads what the ones before it decided
/// (docs/coding-rules.md lists them with their codebook lines and tests).
/// </summary>
public sealed class CodingRules : IReadOnlyList<ICodingRule>
{
    private readonly List<ICodingRule> _rules;

    public CodingRules(IEnumerable<ICodingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        if (_rules.GroupBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"coding rule '{twice.Key}' is listed twice", nameof(rules));
        }
    }

    public static CodingRules Default { get; } = new(
    [
        new GenericArmedActorsTakeTheNamedGroup(),
        new LeadSentenceRoles(),
        new AirStrikeByStateForces(),
        new ClaimingGroupAttacksNamedVictims(),
        new LoneArmedActorIsActor1(),
        new NamedAttackerReplacesGenericOne(),
        new ArmedOpponentOfABattle(),
        new StrongestTriggerDecidesTheClass(),
        new AttackOnArmedActorsIsArmedClash(),
        new ViolenceAgainstProtestersIsProtestWithIntervention(),
        new AttackOrArmedClashByTheTarget(),
        new RiotSignsMakeViolentDemonstration(),
        new LethalForceOnProtestersIsExcessiveForce(),
        new KillingsAreNotStrategicDevelopments(),
        new NamedGroupSetsUpBasesTakesAndLoots(),
        new YieldingSideIsActor2(),
        new TerritoryGoesByWhoTookIt(),
        new CrowdActorOfDemonstrations(),
        new StateFacesDemonstrators(),
        new CiviliansSufferLootingArrestsAndLynching(),
        new VictimsOfViolenceAgainstCiviliansAreCivilians(),
        new UnnamedAttackerIsUnidentifiedArmedGroup(),
        new ExcessiveForceIsTheForceActing(),
        new CivilianTargeting(),
    ]);

    public int Count => _rules.Count;

    public ICodingRule this[int index] => _rules[index];

    /// <summary>The same list without the rule named <paramref name="name"/>.</summary>
    public CodingRules Without(string name) =>
        _rules.Exists(r => r.Name == name) ? new(_rules.Where(r => r.Name != name)) : throw new ArgumentException($"no coding rule '{name}'", nameof(name));

    /// <summary>Runs every rule in order on <paramref name="state"/>.</summary>
    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var rule in _rules)
        {
            state.Run(rule);
        }
    }

    public IEnumerator<ICodingRule> GetEnumerator() => _rules.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
