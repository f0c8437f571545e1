namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>"Was going to kill many", "could have killed dozens": deaths that did not happen.</summary>
public sealed class FigureUnderModalCue : IFigureRule
{
    public string Name => "figure-under-modal-cue";

    public string Codebook => "Fatalities are deaths that happened: threatened, feared or hypothetical deaths are not coded.";

    public bool RulesOut(FigureSentence sentence, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(figure);
        return sentence.Cues.Exists(c => ModalScope.Governs(sentence.Text, c, figure.FirstToken, figure.Number.Span.Start));
    }
}
