using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"The raid came two days after an ambush that killed 18 soldiers", "survenue au lendemain d'une attaque qui a
/// tué 14 soldats": the toll of an earlier event the sentence recalls, not of the event it tells. A marker that opens its
/// clause ("..., a day after militants killed eight villagers": the reader reads that clause as an earlier event of its
/// own) or an earlier event told with its own day ("weeks after a drone strike on 30 November killed five") keeps its toll.</summary>
public sealed class TollOfAnEarlierEvent(CodingThresholds thresholds) : IFigureRule
{
    public TollOfAnEarlierEvent()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "toll-of-an-earlier-event";

    public string Codebook => "Fatalities are those of the event; the toll of an earlier event the report recalls is not added.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var text = sentence.Text;
        return sentence.EarlierEventMarkers.Exists(m => !OpensItsClause(sentence, m.FirstToken) && m.FirstToken + m.TokenCount <= figure.FirstToken &&
                                                        figure.FirstToken - (m.FirstToken + m.TokenCount) <= thresholds.FigureEarlierEventReach &&
                                                        text.AsSpan(m.Span.End, figure.Number.Span.Start - m.Span.End).IndexOfAny(",;:،") < 0 &&
                                                        !sentence.Mentions.Dates.Exists(d => d.Span.Start >= m.Span.End && d.Span.End <= figure.Number.Span.Start));
    }

    /// <summary>Whether the sentence starts, or a comma stands, at most a few tokens before the marker ("two days after").</summary>
    private bool OpensItsClause(FigureSentence sentence, int first)
    {
        var tokens = sentence.Tokens;
        for (var k = first; first - k <= thresholds.FigureEarlierEventLead; k--)
        {
            if (k == 0 || sentence.Text.AsSpan(tokens[k - 1].Span.End, tokens[k].Span.Start - tokens[k - 1].Span.End).IndexOfAny(",،") >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
