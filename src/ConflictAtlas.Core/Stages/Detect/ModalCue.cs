namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>A modality cue: future, hypothetical, denial, history or habitual, applying before a trigger or anywhere in its sentence.</summary>
public sealed record ModalCue(ModalKind Kind, bool Anywhere);
