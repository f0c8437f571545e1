using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"More than 2,500 civilians have been killed so far this year": a total over a period, not the toll of the
/// event the sentence tells.</summary>
public sealed class TotalOverAPeriod(CodingThresholds thresholds) : IFigureRule
{
    public TotalOverAPeriod()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "total-over-a-period";

    public string Codebook => "Fatalities are those of the event; cumulative totals over a year, a war or a campaign are not coded.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        return sentence.MarkedRightAfter(figure, sentence.AggregateMarkers, thresholds.FigurePeriodReach);
    }
}
