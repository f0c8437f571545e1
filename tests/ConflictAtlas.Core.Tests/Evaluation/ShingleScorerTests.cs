using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Core.Tests.Evaluation;

public sealed class ShingleScorerTests
{
    [Fact]
    public void Tokens_follow_python_word_characters_not_dotnet_ones()
    {
        // ½ (No) is a word character in Python and not in .NET; a combining acute (Mn) is the reverse; ‿ (Pc) is not one.
        Assert.Equal(["a½b", "e", "x", "y"], ShingleScorer.Tokenize("a½b e\u0301 x\u203Fy"));
        Assert.Equal(["snake_case", "𝐀bc"], ShingleScorer.Tokenize("snake_case, 𝐀bc!"));
    }

    [Fact]
    public void Identical_texts_score_one_and_are_exact()
    {
        var page = ShingleScorer.ScorePage("one two three four five", "one, two; three four five");
        Assert.Equal(1, page.Precision);
        Assert.Equal(1, page.Recall);
        Assert.True(page.Exact);
    }

    [Fact]
    public void Extra_text_lowers_precision_and_missing_text_lowers_recall()
    {
        var extra = ShingleScorer.ScorePage("a b c d e", "a b c d e f g");
        Assert.Equal(2 / 4.0, extra.Precision!.Value, 6);
        Assert.Equal(1, extra.Recall);
        var missing = ShingleScorer.ScorePage("a b c d e f g", "a b c d e");
        Assert.Equal(1, missing.Precision);
        Assert.Equal(2 / 4.0, missing.Recall!.Value, 6);
    }

    [Fact]
    public void An_empty_prediction_is_left_out_of_precision_but_costs_recall()
    {
        var empty = ShingleScorer.ScorePage("a b c d e", string.Empty);
        Assert.Null(empty.Precision);
        Assert.Equal(0, empty.Recall);
        var score = ShingleScorer.Aggregate([empty, ShingleScorer.ScorePage("a b c d", "a b c d")]);
        Assert.Equal(1, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(1, score.EmptyPages);
    }
}
