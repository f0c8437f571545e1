using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

/// <summary>
/// Cases for one coding rule, in the manner of a rule tester: <see cref="Changes"/> is a case the rule decides
/// (coded by the whole registry it gives the expected outcome, and without the rule it does not), <see cref="Keeps"/>
/// a case the rule must leave alone (the same outcome with or without it).
/// </summary>
public abstract class RuleTests<TRule>
    where TRule : ICodingRule, new()
{
    protected static ICodingRule Rule { get; } = new TRule();

    /// <summary>The registry without this rule (the whole registry when the rule is not listed in it).</summary>
    private static CodingRules WithoutRule => new(CodingRules.Default.Where(r => r.Name != Rule.Name));

    protected const string Jnim = "JNIM: Group for Support of Islam and Muslims";
    protected const string Army = "Military Forces of Mali (2021-)";
    protected const string Police = "Police Forces of Mali (2021-)";
    protected const string Unidentified = "Unidentified Armed Group (Mali)";
    protected const string Civilians = "Civilians (Mali)";
    protected const string Protesters = "Protesters (Mali)";
    protected const string Rioters = "Rioters (Mali)";
    protected const string DanNaAmbassagou = "Dan Na Ambassagou";

    /// <summary>The registry codes <paramref name="expected"/>; the registry without the rule codes something else.</summary>
    protected static void Changes(CodingCase @case, CodingOutcome expected)
    {
        ArgumentNullException.ThrowIfNull(@case);
        Assert.Equal(expected, CodingOutcome.Try(() => @case.Code(CodingRules.Default)));
        Assert.NotEqual(expected, CodingOutcome.Try(() => @case.Code(WithoutRule)));
    }

    /// <summary>The registry codes <paramref name="expected"/> with or without the rule, and records no field as set by it.</summary>
    protected static void Keeps(CodingCase @case, CodingOutcome expected)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var state = @case.Code(CodingRules.Default);
        Assert.Equal(expected, CodingOutcome.Of(state));
        Assert.DoesNotContain(Rule.Name, state.SetBy.Values);
        Assert.Equal(expected, CodingOutcome.Try(() => @case.Code(WithoutRule)));
    }
}
