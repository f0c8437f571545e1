using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Segment;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Segment;

/// <summary>The segment stage tokenizes the text once; each sentence's tokens are a slice of those.</summary>
public sealed class TokensTests
{
    private const string Text = "Gunmen attacked Kidal. L'armée a riposté à Gao.";

    private static readonly Document Segmented = new SentenceStage().Process(Document.Create(Text), CancellationToken.None);

    [Fact]
    public void The_segment_stage_tokenizes_the_whole_text() =>
        Assert.Equal(Tokenizer.Tokenize(Text), Segmented.Tokens);

    [Fact]
    public void The_tokens_of_a_sentence_are_those_inside_its_span()
    {
        Assert.Equal(2, Segmented.Sentences.Length);
        Assert.Equal(["Gunmen", "attacked", "Kidal"], Segmented.TokensIn(Segmented.Sentences[0].Span).Select(t => t.Surface));
        Assert.Equal(["L", "armée", "a", "riposté", "à", "Gao"], Segmented.TokensIn(Segmented.Sentences[1].Span).Select(t => t.Surface));
    }

    [Fact]
    public void A_span_that_cuts_a_word_leaves_that_word_out() =>
        Assert.Equal(["attacked"], Segmented.TokensIn(new TextSpan(3, 19)).Select(t => t.Surface));
}
