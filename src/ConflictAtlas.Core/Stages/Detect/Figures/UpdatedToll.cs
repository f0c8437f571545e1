using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"The death toll from the attack on the market stands at eight", "le bilan de l'embuscade est passé à onze",
/// "el saldo del ataque ascendió a siete": a figure right after words that update a toll noun named a few words before
/// it is that toll's latest value. It is a death figure, and it stands over the lower figures told for the event, unless it runs over a period ("rose to 12 since Monday").</summary>
public sealed class UpdatedToll(CodingThresholds thresholds) : IFigureRule
{
    public UpdatedToll()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "updated-toll";

    public string Codebook => "When a report updates a toll, the latest figure it gives for the event is the event's toll.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var first = figure.FirstToken;
        var update = sentence.TollUpdates.LastOrDefault(u => u.FirstToken + u.TokenCount <= first && first - (u.FirstToken + u.TokenCount) <= thresholds.FigureDeathBeforeGap);
        if (update is null)
        {
            return false;
        }

        var text = sentence.Text;
        var toll = sentence.TollNouns.LastOrDefault(t => t.FirstToken + t.TokenCount <= update.FirstToken &&
                                                         update.FirstToken - (t.FirstToken + t.TokenCount) <= thresholds.FigureTollUpdateReach &&
                                                         text.AsSpan(t.Span.End, update.Span.Start - t.Span.End).IndexOfAny(";:") < 0 &&
                                                         !sentence.Mentions.Numbers.Exists(n => n.Span.Start >= t.Span.End && n.Span.End <= update.Span.Start));
        if (toll is null)
        {
            return false;
        }

        // "The toll rose to 12 since Monday": a running total over several days is no later account of one event's toll.
        figure.IsUpdate |= !sentence.MarkedRightAfter(figure, sentence.PeriodOpeners, thresholds.FigurePeriodReach);
        figure.DeathBefore ??= toll;
        return false;
    }
}
