namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>
/// One rule of reading death figures: it may find the death word that makes a number a death toll (setting
/// <see cref="Figure.DeathAfter"/> or <see cref="Figure.DeathBefore"/>), or rule the number out. <see cref="FigureRules.Default"/>
/// runs the rules in order until one rules the number out; a number no rule ruled out is a fatality claim.
/// </summary>
public interface IFigureRule : INamedRule
{
    /// <summary>True when the number is not a death figure of the event.</summary>
    bool RulesOut(FigureSentence sentence, Figure figure);
}
