namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>What a modality cue of <c>modality.tsv</c> says about the act near it (see that file's header).</summary>
public enum ModalKind
{
    Future,
    Hypothetical,
    Denial,
    History,
    Habitual,
    Legal,
    Calm,
    Separate,
    Unclaimed,
    Retrospective,
    Partisan,
}
