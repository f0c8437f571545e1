using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Two witnesses said about 80 people were killed", "two attacks left 13 dead": another figure stands between
/// this one and the death word, and the death word counts that figure, not this one ("six soldiers and thirty
/// attackers were killed" excepted: the figures joined by "and" share it).</summary>
public sealed class NearerFigureTakesTheDeathWord(CodingThresholds thresholds) : IFigureRule
{
    public NearerFigureTakesTheDeathWord()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "nearer-figure-takes-the-death-word";

    public string Codebook => "Fatalities are the figure the report gives for those killed: a count of witnesses or attacks before the toll is not one.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var numbers = sentence.Mentions.Numbers;
        if (figure.DeathAfter is not { } death || figure.DeathBefore is not null || figure.Index + 1 >= numbers.Count)
        {
            return false;
        }

        var next = numbers[figure.Index + 1].Span;
        if (next.Start >= death.Span.Start || CoordinatedFigures.IsCoordinated(sentence, figure.Number.Span, next, thresholds.FigureCoordinatedReach))
        {
            return false;
        }

        // "40 marchers in 12 towns were killed": the nearer figure counts things and takes no death word.
        var tokens = sentence.Tokens;
        var afterNext = tokens.FindIndex(t => t.Span.Start >= next.End);
        if (afterNext >= 0 && sentence.Lexicon.CountedThings.Contains(tokens[afterNext].Folded))
        {
            return false;
        }

        // "Twelve people, among them three children, were killed": the nearer figure stands in an aside.
        return !tokens.Exists(t => t.Span.Start >= figure.Number.Span.End && t.Span.End <= next.Start && sentence.Lexicon.AsideOpeners.Contains(t.Folded));
    }
}
