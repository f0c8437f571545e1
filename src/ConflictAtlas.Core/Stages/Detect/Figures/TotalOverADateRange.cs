using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"From 27 January to 27 March, at least 262 people were killed": a figure told with a period of weeks
/// (<see cref="PeriodRange"/>) is a total over that period, not the toll of the event the sentence tells.</summary>
public sealed class TotalOverADateRange(CodingThresholds thresholds) : IFigureRule
{
    public TotalOverADateRange()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "total-over-a-date-range";

    public string Codebook => "Fatalities are those of the event; a count over a period of weeks is not coded as an event's toll.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        return PeriodRange.LongPeriodEnds(sentence.Text, sentence.Lexicon.DayRangeJoiners, [.. sentence.Mentions.Dates.Select(m => (m.Span, m.Value))], thresholds.PeriodRangeDays).Count > 0;
    }
}
