using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Six personnes, dont la kamikaze, ont été tuées", "four people, including two civilians, were killed": the
/// death word comes after the aside.</summary>
public sealed class DeathWordAfterAside(CodingThresholds thresholds) : IFigureRule
{
    public DeathWordAfterAside()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "death-word-after-aside";

    public string Codebook => "Fatalities are the figure the report gives for those killed in the event.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.DeathAfter is null && AsideEnd(sentence, figure.LastToken) is { } resume)
        {
            figure.DeathAfter = sentence.DeathAfterNumber.FirstOrDefault(c => c.FirstToken >= resume && c.FirstToken - resume <= thresholds.FigureAfterAsideReach);
        }

        return false;
    }

    /// <summary>
    /// The first token after an aside that follows a counted noun, or null when none follows close enough to the number.
    /// </summary>
    private int? AsideEnd(FigureSentence sentence, int last)
    {
        var text = sentence.Text;
        var tokens = sentence.Tokens;
        for (var i = last + 1; i < tokens.Count - 1 && i <= last + thresholds.FigureAsideOpenerReach; i++)
        {
            var gap = text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End);
            if (!gap.Contains(',') || !sentence.Lexicon.AsideOpeners.Contains(tokens[i].Folded))
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Count && j <= i + thresholds.FigureAsideLength; j++)
            {
                if (text.AsSpan(tokens[j - 1].Span.End, tokens[j].Span.Start - tokens[j - 1].Span.End).Contains(','))
                {
                    return j;
                }
            }

            return null;
        }

        return null;
    }
}
