using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Tests.Lexicon;

/// <summary>Arabic folding: letter variants, marks and attached prefixes fold away so phrases match every written form.</summary>
public sealed class ArabicFoldingTests
{
    [Theory]
    [InlineData("أحمد", "احمد")] // alef with hamza above
    [InlineData("إطلاق", "اطلاق")] // alef with hamza below
    [InlineData("آذار", "اذار")] // alef with madda
    [InlineData("مستشفى", "مستشفي")] // alef maksura is yeh
    [InlineData("مدينة", "مدينه")] // teh marbuta is heh
    [InlineData("قتـــلى", "قتلي")] // tatweel
    [InlineData("قُتِلَ", "قتل")] // harakat
    public void Letter_variants_and_marks_fold_to_one_form(string text, string folded) => Assert.Equal(folded, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("الجيش")]
    [InlineData("والجيش")]
    [InlineData("بالجيش")]
    [InlineData("للجيش")]
    [InlineData("فالجيش")]
    [InlineData("وبالجيش")]
    [InlineData("جيش")]
    public void Attached_conjunction_preposition_and_article_fold_away(string word) => Assert.Equal("جيش", TextNormalizer.Fold(word));

    [Theory]
    [InlineData("ولاية")] // "province": its first letter is also the conjunction
    [InlineData("وكالة")] // "agency"
    [InlineData("فريق")] // "team": its first letter is also the conjunction "fa"
    public void A_word_after_an_attached_preposition_folds_as_the_word_alone(string word)
    {
        Assert.Equal(TextNormalizer.Fold(word), TextNormalizer.Fold("ب" + word));
        Assert.Equal(TextNormalizer.Fold(word), TextNormalizer.Fold("ل" + word));
        Assert.Equal(TextNormalizer.Fold(word), TextNormalizer.Fold("و" + "ب" + word));
    }

    [Fact]
    public void A_province_named_after_a_preposition_matches_the_phrase_without_it()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("ولاية نينوى", "province");
        const string text = "وقعت الهجمات بولاية نينوى أمس.";
        var match = Assert.Single(matcher.Match(Tokenizer.Tokenize(text)));
        Assert.Equal("بولاية نينوى", match.Span.Of(text));
    }

    [Theory]
    [InlineData("في")] // "in": too short to lose a letter
    [InlineData("بين")] // "between": a preposition letter that is part of the word
    [InlineData("الى")] // "to": the article letters are the word
    public void Short_words_keep_their_first_letters(string word) =>
        Assert.Equal(word.Replace('ى', 'ي'), TextNormalizer.Fold(word));

    [Fact]
    public void A_phrase_with_the_article_matches_the_text_with_a_conjunction_and_its_span_is_the_original_word()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("الجيش السوري", "army");
        const string text = "وقال مصدر إن والجيشُ السوري تقدم.";
        var match = Assert.Single(matcher.Match(Tokenizer.Tokenize(text)));
        Assert.Equal("والجيشُ السوري", match.Span.Of(text));
    }

    [Fact]
    public void Eastern_arabic_and_persian_digits_are_numbers()
    {
        var tokens = Tokenizer.Tokenize("قتل ١٢ شخصا و۳ آخرون");
        Assert.Equal("12", tokens[1].Folded);
        Assert.True(tokens[1].IsNumber);
        Assert.Equal("3", tokens[3].Folded);
        Assert.True(tokens[3].IsNumber);
    }

    [Fact]
    public void Ascii_digits_keep_the_length_so_offsets_still_point_into_the_text()
    {
        const string text = "في ١٥ نوفمبر ٢٠٢٤";
        var digits = TextNormalizer.AsciiDigits(text);
        Assert.Equal("في 15 نوفمبر 2024", digits);
        Assert.Equal(text.Length, digits.Length);
        Assert.Same("no digits here", TextNormalizer.AsciiDigits("no digits here"));
    }

    [Fact]
    public void Arabic_punctuation_separates_tokens()
    {
        var tokens = Tokenizer.Tokenize("طرابلس،بنغازي؟");
        Assert.Equal(["طرابلس", "بنغازي"], tokens.Select(t => t.Surface));
    }

    [Fact]
    public void Arabic_words_are_caseless_latin_words_are_not()
    {
        var tokens = Tokenizer.Tokenize("طرابلس Tripoli");
        Assert.True(tokens[0].IsCaseless);
        Assert.False(tokens[1].IsCaseless);
    }

    [Theory]
    [InlineData("وعنابة", 1)] // "and Annaba"
    [InlineData("فسوقها", 1)] // "so its market"
    [InlineData("ورد", 0)] // too little would remain
    [InlineData("عنابة", 0)]
    [InlineData("Wadi", 0)]
    public void The_conjunction_written_onto_a_word_is_measured_only_when_enough_remains(string word, int length) =>
        Assert.Equal(length, TextNormalizer.AttachedConjunctionLength(word));
}
