namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Eleven explosive devices neutralised", "30 km", "two hours", "une trentaine d'années": a count of things,
/// not of the dead.</summary>
public sealed class CountedThings : IFigureRule
{
    public string Name => "counted-things";

    public string Codebook => "Fatalities count people killed; figures of things, distances and durations are not tolls.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var tokens = sentence.Tokens;
        var next = figure.LastToken + 1;
        // "une trentaine d'années", "dozens of houses": the counted noun after a linking word.
        if (next + 1 < tokens.Count && sentence.Lexicon.CountedLinks.Contains(tokens[next].Folded))
        {
            next++;
        }

        return next < tokens.Count && sentence.Lexicon.CountedThings.Contains(tokens[next].Folded);
    }
}
