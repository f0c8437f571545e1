namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Six soldiers and thirty attackers were killed": the death word after the last figure counts for all.</summary>
public sealed class CoordinatedFigures : IFigureRule
{
    /// <summary>The most characters between two figures joined by "and"/"et".</summary>
    public const int Reach = 40;

    public string Name => "coordinated-figures";

    public string Codebook => "Fatalities add up every group the report says was killed, attackers included.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var numbers = sentence.Mentions.Numbers;
        if (figure.DeathAfter is not null || figure.DeathBefore is not null || figure.Index + 1 >= numbers.Count ||
            !IsCoordinated(sentence, figure.Number.Span, numbers[figure.Index + 1].Span))
        {
            return false;
        }

        var nextLast = sentence.Tokens.FindLastIndex(t => t.Span.End <= numbers[figure.Index + 1].Span.End);
        figure.DeathAfter = sentence.DeathWordAfter(nextLast, DeathWordAfter.Reach);
        return false;
    }

    /// <summary>Whether two figures are joined by a coordinator ("and", "et") with only a few words (no clause break) between them.</summary>
    internal static bool IsCoordinated(FigureSentence sentence, Text.TextSpan first, Text.TextSpan second)
    {
        if (second.Start <= first.End || second.Start - first.End > Reach)
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
