namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>
/// The ordered list of figure rules: first the ones that rule a number out at once, then the ones that find its death
/// word, then the ones that judge what was found (docs/coding-rules.md lists them with their tests).
/// </summary>
public sealed class FigureRules(IEnumerable<IFigureRule> rules) : NamedRules<IFigureRule>(rules)
{
    public static FigureRules Default { get; } = new(
    [
        new FigureUnderModalCue(),
        new NegatedFigure(),
        new CountedThings(),
        new TotalOverAPeriod(),
        new PartOfATotal(),
        new DeathWordAfter(),
        new DeathWordBefore(),
        new CoordinatedFigures(),
        new DeathWordAfterAside(),
        new NearerFigureTakesTheDeathWord(),
        new FigureNeedsADeathWord(),
        new WoundedBeforeKilled(),
    ]);

    /// <summary>The same list without the rule named <paramref name="name"/>.</summary>
    public FigureRules Without(string name) => new(AllBut(name));

    /// <summary>The rule that rules <paramref name="figure"/> out, or null when it is a death figure.</summary>
    public IFigureRule? RuledOutBy(FigureSentence sentence, Figure figure) => this.FirstOrDefault(rule => rule.RulesOut(sentence, figure));
}
