using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Thirteen civilians, including seven children, were killed", "onze personnes tuées, dont cinq policiers": the
/// figure after "including" counts some of the dead the figure before it already counts. It is marked as a part: it
/// still tells who died (the coding rules read its victim group), but adds nothing to the toll.</summary>
public sealed class PartOfATotal(CodingThresholds thresholds) : IFigureRule
{
    public PartOfATotal()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "part-of-a-total";

    public string Codebook => "Fatalities are the event's whole toll: the dead a report singles out among them are not added again.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Index == 0)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var text = sentence.Text;
        var total = sentence.Mentions.Numbers[figure.Index - 1].Span;
        for (var i = figure.FirstToken - 1; i >= 1 && figure.FirstToken - i <= thresholds.FigurePartOpenerReach; i--)
        {
            var gap = text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End);
            if (gap.IndexOfAny(',', '،') >= 0 && sentence.Lexicon.AsideOpeners.Contains(tokens[i].Folded))
            {
                var totalLast = tokens.FindLastIndex(t => t.Span.End <= total.End);
                figure.IsPart = totalLast >= 0 && totalLast < i && i - totalLast <= thresholds.FigurePartTotalReach;
                return false;
            }
        }

        return false;
    }
}
