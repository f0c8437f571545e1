using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Lexicon;

/// <summary>How text is cut into the tokens every lexicon lookup reads.</summary>
public sealed class TokenizerTests
{
    private static List<string> Surfaces(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Surface)];

    [Fact]
    public void Tokens_carry_half_open_spans_their_surface_and_their_folded_form()
    {
        const string text = "Rebels left Ségou.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal([new TextSpan(0, 6), new TextSpan(7, 11), new TextSpan(12, 17)], tokens.Select(t => t.Span));
        Assert.Equal(["Rebels", "left", "Ségou"], tokens.Select(t => t.Span.Of(text)));
        Assert.Equal(["rebels", "left", "segou"], tokens.Select(t => t.Folded));
        Assert.True(tokens[2].IsCapitalized);
        Assert.False(tokens[1].IsCapitalized);
    }

    [Theory]
    [InlineData("l'armée", new[] { "l", "armée" })]
    [InlineData("Kidal’s governor", new[] { "Kidal", "s", "governor" })]
    [InlineData("s'est emparé", new[] { "s", "est", "emparé" })]
    public void Apostrophes_separate_tokens(string text, string[] expected) => Assert.Equal(expected, Surfaces(text));

    [Theory]
    [InlineData("Tin-Zaouatene", new[] { "Tin", "Zaouatene" })]
    [InlineData("attentat-suicide", new[] { "attentat", "suicide" })]
    [InlineData("pro-government\u2013backed", new[] { "pro", "government", "backed" })]
    public void Hyphens_and_dashes_separate_tokens(string text, string[] expected) => Assert.Equal(expected, Surfaces(text));

    [Fact]
    public void Digits_are_tokens_of_their_own_between_punctuation()
    {
        var tokens = Tokenizer.Tokenize("12 morts, 2024-03-09; 1,500 displaced");
        Assert.Equal(["12", "morts", "2024", "03", "09", "1", "500", "displaced"], tokens.Select(t => t.Surface));
        Assert.Equal([true, false, true, true, true, true, true, false], tokens.Select(t => t.IsNumber));
    }

    [Fact]
    public void A_combining_accent_stays_inside_its_word_and_folds_away()
    {
        var token = Assert.Single(Tokenizer.Tokenize("Se\u0301gou"));
        Assert.Equal(new TextSpan(0, 6), token.Span);
        Assert.Equal("segou", token.Folded);
    }

    [Fact]
    public void Arabic_words_are_tokens_and_their_vowel_marks_fold_away()
    {
        // "qatala" with its short-vowel marks, a figure, and "shakhsan".
        const string text = "\u0642\u064E\u062A\u064E\u0644\u064E 12 \u0634\u062E\u0635\u0627";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(3, tokens.Count);
        Assert.Equal("\u0642\u064E\u062A\u064E\u0644\u064E", tokens[0].Surface);
        Assert.Equal("\u0642\u062A\u0644", tokens[0].Folded);
        Assert.Equal("12", tokens[1].Surface);
        Assert.Equal("\u0634\u062E\u0635\u0627", tokens[2].Folded);
        Assert.False(tokens[0].IsCapitalized);
    }

    [Fact]
    public void Only_the_given_range_is_tokenized_and_spans_stay_in_the_whole_text()
    {
        const string text = "Gao. Rebels fled Kidal. Menaka.";
        var tokens = Tokenizer.Tokenize(text, new TextSpan(5, 23));
        Assert.Equal(["Rebels", "fled", "Kidal"], tokens.Select(t => t.Span.Of(text)));
        Assert.Equal(17, tokens[2].Span.Start);
    }

    [Fact]
    public void A_phrase_key_is_its_folded_tokens_joined_by_single_spaces() =>
        Assert.Equal("l armee malienne", Tokenizer.PhraseKey("L’Armée  malienne"));

    [Fact]
    public void Acronyms_read_as_all_upper_and_single_capitals_do_not()
    {
        var tokens = Tokenizer.Tokenize("JNIM and A");
        Assert.True(tokens[0].IsAllUpper);
        Assert.False(tokens[1].IsAllUpper);
        Assert.False(tokens[2].IsAllUpper);
    }
}
