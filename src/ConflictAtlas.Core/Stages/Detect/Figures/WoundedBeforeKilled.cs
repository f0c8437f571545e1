using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Five wounded and two killed": the figure whose nearest word is an injury counts the wounded.</summary>
public sealed class WoundedBeforeKilled(CodingThresholds thresholds) : IFigureRule
{
    public WoundedBeforeKilled()
        : this(CodingThresholds.Default)
    {
    }

    public string Name => "wounded-before-killed";

    public string Codebook => "Wounded are not fatalities.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        var last = figure.LastToken;
        var injury = sentence.Injuries.FirstOrDefault(c => c.FirstToken > last && c.FirstToken - last <= thresholds.FigureDeathAfterReach);
        return injury is not null && figure.DeathBefore is null && (figure.DeathAfter is null || injury.FirstToken < figure.DeathAfter.FirstToken);
    }
}
