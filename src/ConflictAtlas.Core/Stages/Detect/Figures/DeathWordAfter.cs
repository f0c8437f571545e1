using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Eight soldiers were killed", "huit civils tués": the death word a few words after the figure.</summary>
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
        figure.DeathAfter = sentence.DeathWordAfter(figure.LastToken, thresholds.FigureDeathAfterReach);
        return false;
    }
}
