using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>
/// A sentence as the figure rules read it: its tokens, numbers and modality cues, and the death and injury words
/// the rules share (each matched once, when a rule first asks).
/// </summary>
public sealed class FigureSentence(EventLexicon lexicon, string text, List<Token> tokens, SentenceMentions mentions, List<PhraseMatch<ModalCue>> cues)
{
    private List<PhraseMatch<bool>>? _after;
    private List<PhraseMatch<bool>>? _before;
    private List<PhraseMatch<bool>>? _injuries;
    private List<PhraseMatch<string>>? _victims;
    private List<PhraseMatch<bool>>? _aggregates;
    private List<PhraseMatch<bool>>? _earlier;
    private List<PhraseMatch<bool>>? _tollNouns;
    private List<PhraseMatch<bool>>? _tollUpdates;
    private List<PhraseMatch<bool>>? _periodOpeners;

    public EventLexicon Lexicon => lexicon;

    public string Text => text;

    public List<Token> Tokens => tokens;

    public SentenceMentions Mentions => mentions;

    public List<PhraseMatch<ModalCue>> Cues => cues;

    /// <summary>Death words that follow the figure ("eight were killed", "huit tués").</summary>
    public List<PhraseMatch<bool>> DeathAfterNumber => _after ??= lexicon.DeathAfterNumber.Match(tokens);

    /// <summary>Death words that precede the figure ("killing eight", "death toll of eight").</summary>
    public List<PhraseMatch<bool>> DeathBeforeNumber => _before ??= lexicon.DeathBeforeNumber.Match(tokens);

    /// <summary>Injury words ("wounded", "blessés").</summary>
    public List<PhraseMatch<bool>> Injuries => _injuries ??= lexicon.InjuryWords.Match(tokens);

    /// <summary>Words that make a figure a total over a period ("so far this year").</summary>
    public List<PhraseMatch<bool>> AggregateMarkers => _aggregates ??= lexicon.AggregateMarkers.Match(tokens);

    /// <summary>Words that make a figure after them the toll of an earlier event ("two days after", "au lendemain de").</summary>
    public List<PhraseMatch<bool>> EarlierEventMarkers => _earlier ??= lexicon.EarlierEventMarkers.Match(tokens);

    /// <summary>Nouns that name a toll ("death toll", "le bilan").</summary>
    public List<PhraseMatch<bool>> TollNouns => _tollNouns ??= lexicon.TollNouns.Match(tokens);

    /// <summary>Words that give a toll its latest value right before a figure ("stands at", "s'élève à").</summary>
    public List<PhraseMatch<bool>> TollUpdates => _tollUpdates ??= lexicon.TollUpdates.Match(tokens);

    /// <summary>Words that open a period ("since Monday", "depuis lundi").</summary>
    public List<PhraseMatch<bool>> PeriodOpeners => _periodOpeners ??= lexicon.PeriodOpeners.Match(tokens);

    /// <summary>Whether one of <paramref name="marks"/> starts at most <paramref name="reach"/> tokens after the figure,
    /// in its clause (no comma, semicolon or colon between them).</summary>
    public bool MarkedRightAfter(Figure figure, List<PhraseMatch<bool>> marks, int reach)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(marks);
        return marks.Exists(m => m.FirstToken > figure.LastToken && m.FirstToken - figure.LastToken <= reach &&
                                 text.AsSpan(figure.Number.Span.End, m.Span.Start - figure.Number.Span.End).IndexOfAny(",;:") < 0);
    }

    /// <summary>Victim groups ("soldiers", "civilians"), each with its group name.</summary>
    public List<PhraseMatch<string>> VictimGroups => _victims ??= lexicon.VictimGroups.Match(tokens);

    /// <summary>The first death word after the token at <paramref name="from"/>, at most <paramref name="reach"/> tokens on.</summary>
    public PhraseMatch<bool>? DeathWordAfter(int from, int reach) =>
        DeathAfterNumber.FirstOrDefault(c => c.FirstToken > from && c.FirstToken - from <= reach);
}
