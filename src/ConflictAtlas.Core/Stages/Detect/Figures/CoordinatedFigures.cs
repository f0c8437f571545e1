using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Six soldiers and thirty attackers were killed": the death word after the last figure counts for all;
/// "killed five soldiers and four civilians": the death word before the first one does too.</summary>
public sealed class CoordinatedFigures(CodingThresholds thresholds) : IFigureRule
{
    public CoordinatedFigures()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "coordinated-figures";

    public string Codebook => "Fatalities add up every group the report says was killed, attackers included.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var numbers = sentence.Mentions.Numbers;
        if (figure.DeathAfter is null && figure.DeathBefore is null && figure.Index > 0 && SharedDeathBefore(sentence, figure) is { } shared)
        {
            figure.DeathBefore = shared;
            return false;
        }

        if (figure.DeathAfter is not null || figure.DeathBefore is not null || figure.Index + 1 >= numbers.Count ||
            !IsCoordinated(sentence, figure.Number.Span, numbers[figure.Index + 1].Span, thresholds.FigureCoordinatedReach))
        {
            return false;
        }

        var nextLast = sentence.Tokens.FindLastIndex(t => t.Span.End <= numbers[figure.Index + 1].Span.End);
        figure.DeathAfter = sentence.DeathWordAfter(nextLast, thresholds.FigureDeathAfterReach);
        return false;
    }

    /// <summary>
    /// "Killed five soldiers and four civilians": the death word before the figure this one is joined to by "and", when
    /// the coordinator stands just before this figure and no injury word follows it ("and four civilians were wounded").
    /// </summary>
    private Lexicon.PhraseMatch<bool>? SharedDeathBefore(FigureSentence sentence, Figure figure)
    {
        var tokens = sentence.Tokens;
        var previous = sentence.Mentions.Numbers[figure.Index - 1].Span;
        var previousFirst = tokens.FindIndex(t => t.Span.Start >= previous.Start);
        if (figure.FirstToken == 0 || !sentence.Lexicon.Coordinators.Contains(tokens[figure.FirstToken - 1].Folded) ||
            !IsCoordinated(sentence, previous, figure.Number.Span, thresholds.FigureCoordinatedReach) || previousFirst < 0 ||
            sentence.Injuries.Exists(c => c.FirstToken > figure.LastToken && c.FirstToken - figure.LastToken <= thresholds.FigureDeathAfterReach))
        {
            return null;
        }

        return sentence.DeathBeforeNumber.LastOrDefault(c => c.FirstToken + c.TokenCount <= previousFirst && previousFirst - (c.FirstToken + c.TokenCount) <= thresholds.FigureDeathBeforeGap);
    }

    /// <summary>Whether two figures are joined by a coordinator ("and", "et") with at most <paramref name="reach"/> characters (no clause break) between them.</summary>
    internal static bool IsCoordinated(FigureSentence sentence, Text.TextSpan first, Text.TextSpan second, int reach)
    {
        if (second.Start <= first.End || second.Start - first.End > reach)
        {
            return false;
        }

        var between = sentence.Text.AsSpan(first.End, second.Start - first.End);
        if (between.IndexOfAny(".;:,(") >= 0)
        {
            return false;
        }

        foreach (var coordinator in sentence.Lexicon.SpacedCoordinators)
        {
            if (between.Contains(coordinator, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
