using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>A sentence (or clause) tokenized and matched against the modality cues once, for every reading of it.</summary>
public sealed record ScannedSentence(Sentence Sentence, List<Token> Tokens, List<PhraseMatch<ModalCue>> Cues)
{
    /// <summary>The act words of the sentence, once a reader has matched them (<see cref="SentenceReader"/>).</summary>
    internal List<PhraseMatch<Trigger>>? Triggers { get; set; }

    /// <summary>Whether the sentence holds a modality cue of <paramref name="kind"/>.</summary>
    public bool HasCue(ModalKind kind) => Cues.Exists(c => c.Values.Any(v => v.Kind == kind));

    /// <summary>Whether the sentence holds a modality cue of any of <paramref name="kinds"/>.</summary>
    public bool HasAnyCue(params ModalKind[] kinds) => Cues.Exists(c => c.Values.Any(v => kinds.Contains(v.Kind)));
}
