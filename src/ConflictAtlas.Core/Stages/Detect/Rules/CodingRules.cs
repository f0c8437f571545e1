namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>
/// The ordered list of event-coding rules. Order matters: each rule reads what the ones before it decided
/// (docs/coding-rules.md lists them with their codebook lines and tests).
/// </summary>
public sealed class CodingRules(IEnumerable<ICodingRule> rules) : NamedRules<ICodingRule>(rules)
{
    public static CodingRules Default { get; } = new(
    [
        new GenericArmedActorsTakeTheNamedGroup(),
        new LeadSentenceRoles(),
        new TheLeadsSuffererIsNotItsAttacker(),
        new ForcesActingAfterAnAttackOnCiviliansAreNotItsAttacker(),
        new AirStrikeByStateForces(),
        new ClaimingGroupAttacksNamedVictims(),
        new LoneArmedActorIsActor1(),
        new NamedAttackerReplacesGenericOne(),
        new ArmedOpponentOfABattle(),
        new StrongestTriggerDecidesTheClass(),
        new AttackOnArmedActorsIsArmedClash(),
        new ViolenceAgainstProtestersIsProtestWithIntervention(),
        new AttackOrArmedClashByTheTarget(),
        new ClashesOfACrowdAreAViolentDemonstration(),
        new RiotSignsMakeViolentDemonstration(),
        new LethalForceOnProtestersIsExcessiveForce(),
        new KillingsAreNotStrategicDevelopments(),
        new NamedGroupSetsUpBasesTakesAndLoots(),
        new YieldingSideIsActor2(),
        new TerritoryGoesByWhoTookIt(),
        new ForeignForcesFaceTheHostForces(),
        new CrowdActorOfDemonstrations(),
        new StateFacesDemonstrators(),
        new PeacefulProtestHasNoVictims(),
        new ArrestsAreMadeByTheForces(),
        new CiviliansSufferLootingArrestsAndLynching(),
        new VictimsOfViolenceAgainstCiviliansAreCivilians(),
        new UnnamedDeadOfAnExplosionAreCivilians(),
        new UnnamedAttackerIsUnidentifiedArmedGroup(),
        new ExcessiveForceIsTheForceActing(),
        new CivilianTargeting(),
    ]);

    /// <summary>The same list without the rule named <paramref name="name"/>.</summary>
    public CodingRules Without(string name) => new(AllBut(name));

    /// <summary>Runs every rule in order on <paramref name="state"/>.</summary>
    public void Apply(CodingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        foreach (var rule in this)
        {
            state.Run(rule);
        }
    }
}
