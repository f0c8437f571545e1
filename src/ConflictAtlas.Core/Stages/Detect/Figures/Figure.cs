using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect.Figures;

/// <summary>
/// One number of a sentence as the figure rules read it: its position among the sentence's numbers and tokens, and
/// the death word each rule found for it so far.
/// </summary>
public sealed class Figure(Mention<NumberMention> number, int index, int firstToken, int lastToken)
{
    public Mention<NumberMention> Number => number;

    /// <summary>Its index among the sentence's numbers.</summary>
    public int Index => index;

    public int FirstToken => firstToken;

    public int LastToken => lastToken;

    /// <summary>The death word after the figure ("eight killed"), when a rule found one.</summary>
    public PhraseMatch<bool>? DeathAfter { get; set; }

    /// <summary>The death word before the figure ("killing eight"), when a rule found one.</summary>
    public PhraseMatch<bool>? DeathBefore { get; set; }

    /// <summary>Whether the figure counts some of the dead an earlier figure already counts ("including seven children").</summary>
    public bool IsPart { get; set; }

    /// <summary>Whether the figure gives a toll named before it its latest value ("the death toll stands at eight").</summary>
    public bool IsUpdate { get; set; }
}
