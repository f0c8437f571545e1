namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>A number no death word claims ("300 displaced", "a crowd of 2,000") is no toll.</summary>
public sealed class FigureNeedsADeathWord : IFigureRule
{
    public string Name => "figure-needs-a-death-word";

    public string Codebook => "Fatalities are only coded from figures the report gives for people killed.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.DeathAfter is null && figure.DeathBefore is null;
    }
}
