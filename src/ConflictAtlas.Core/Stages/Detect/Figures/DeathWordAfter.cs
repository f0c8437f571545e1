using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Eight soldiers were killed", "huit civils tués": the death word a few words after the figure, or after a
/// complement of its counted noun ("two soldiers of a patrol unit were killed", "trois membres d'une même famille ont
/// été tués").</summary>
public sealed class DeathWordAfter(CodingThresholds thresholds) : IFigureRule
{
    public DeathWordAfter()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "death-word-after";

    public string Codebook => "Fatalities are the figure the report gives for those killed in the event.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        figure.DeathAfter = sentence.DeathWordAfter(figure.LastToken, thresholds.FigureDeathAfterReach) ?? AfterComplement(sentence, figure.LastToken);
        return false;
    }

    /// <summary>
    /// The death word after a complement that a link ("of", "de") opens just after the counted noun, when no clause
    /// break and no other number stands between the figure and it.
    /// </summary>
    private Lexicon.PhraseMatch<bool>? AfterComplement(FigureSentence sentence, int last)
    {
        var tokens = sentence.Tokens;
        var link = -1;
        for (var i = last + 2; i < tokens.Count && i <= last + thresholds.FigureComplementOpenerReach; i++)
        {
            if (sentence.Lexicon.ComplementLinks.Contains(tokens[i].Folded))
            {
                link = i;
                break;
            }
        }

        if (link < 0 || sentence.DeathWordAfter(link, thresholds.FigureComplementLength) is not { } death)
        {
            return null;
        }

        var from = tokens[last].Span.End;
        var between = sentence.Text.AsSpan(from, tokens[death.FirstToken].Span.Start - from);
        return between.IndexOfAny(".;:,(") < 0 && !sentence.Mentions.Numbers.Exists(n => n.Span.Start >= from && n.Span.Start < tokens[death.FirstToken].Span.Start)
            ? death
            : null;
    }
}
