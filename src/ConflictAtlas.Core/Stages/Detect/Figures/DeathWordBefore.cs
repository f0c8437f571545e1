using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Killing eight", but not "were killed and five were wounded": the figure after "and" opens another clause.</summary>
public sealed class DeathWordBefore(CodingThresholds thresholds) : IFigureRule
{
    public DeathWordBefore()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "death-word-before";

    public string Codebook => "Fatalities are the figure the report gives for those killed in the event.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var first = figure.FirstToken;
        figure.DeathBefore = sentence.DeathBeforeNumber.LastOrDefault(c => c.FirstToken + c.TokenCount <= first && first - (c.FirstToken + c.TokenCount) <= thresholds.FigureDeathBeforeGap &&
                                                                          (first == c.FirstToken + c.TokenCount || !sentence.Lexicon.Coordinators.Contains(sentence.Tokens[first - 1].Folded)));
        return false;
    }
}
