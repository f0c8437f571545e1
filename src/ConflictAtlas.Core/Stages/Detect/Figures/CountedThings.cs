namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Eleven explosive devices neutralised", "30 km", "two hours": a count of things, not of the dead.</summary>
public sealed class CountedThings : IFigureRule
{
    public string Name => "counted-things";

    public string Codebook => "Fatalities count people killed; figures of things, distances and durations are not tolls.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var next = figure.LastToken + 1;
        return next < sentence.Tokens.Count && sentence.Lexicon.CountedThings.Contains(sentence.Tokens[next].Folded);
    }
}
