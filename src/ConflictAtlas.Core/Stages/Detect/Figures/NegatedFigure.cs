namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"No one was killed", "no one was reported killed": a denial, not a death.</summary>
public sealed class NegatedFigure : IFigureRule
{
    public string Name => "negated-figure";

    public string Codebook => "A report that nobody died codes zero fatalities.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        return figure.FirstToken > 0 && sentence.Lexicon.FigureNegators.Contains(sentence.Tokens[figure.FirstToken - 1].Folded);
    }
}
