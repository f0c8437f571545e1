using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>
/// The ordered list of figure rules: first the ones that rule a number out at once, then the ones that find its death
/// word, then the ones that judge what was found (docs/coding-rules.md lists them with their tests).
/// </summary>
public sealed class FigureRules(IEnumerable<IFigureRule> rules) : NamedRules<IFigureRule>(rules)
{
    public static FigureRules Default { get; } = With(CodingThresholds.Default);

    /// <summary>The ordered rules, reading their reaches from <paramref name="thresholds"/>.</summary>
    public static FigureRules With(CodingThresholds thresholds) => new(
    [
        new FigureUnderModalCue(),
        new NegatedFigure(),
        new CountedThings(),
        new TotalOverAPeriod(thresholds),
        new TotalOverADateRange(thresholds),
        new TollOfAnEarlierEvent(thresholds),
        new PartOfATotal(thresholds),
        new DeathWordAfter(thresholds),
        new DeathWordBefore(thresholds),
        new UpdatedToll(thresholds),
        new CoordinatedFigures(thresholds),
        new DeathWordAfterAside(thresholds),
        new NearerFigureTakesTheDeathWord(thresholds),
        new FigureNeedsADeathWord(),
        new WoundedBeforeKilled(thresholds),
    ]);

    /// <summary>The same list without the rule named <paramref name="name"/>.</summary>
    public FigureRules Without(string name) => new(AllBut(name));

    /// <summary>The rule that rules <paramref name="figure"/> out, or null when it is a death figure.</summary>
    public IFigureRule? RuledOutBy(FigureSentence sentence, Figure figure) => this.FirstOrDefault(rule => rule.RulesOut(sentence, figure));
}
