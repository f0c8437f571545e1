using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

/// <summary>Number words of Spanish, Portuguese and Arabic, with the corpus conventions for vague quantities.</summary>
public sealed class LanguageNumberTests
{
    private static NumberMention One(string text, string language)
    {
        var found = NumberStage.Find(text, Tokenizer.Tokenize(text), [], language);
        return Assert.Single(found).Value;
    }

    [Theory]
    [InlineData("murieron tres soldados", "es", 3, false)]
    [InlineData("treinta y cinco civiles", "es", 35, false)]
    [InlineData("varios policías", "es", 3, true)]
    [InlineData("decenas de heridos", "es", 12, true)]
    [InlineData("centenares de desplazados", "es", 100, true)]
    [InlineData("al menos doce muertos", "es", 12, false)]
    [InlineData("morreram sete militares", "pt", 7, false)]
    [InlineData("vinte e dois civis", "pt", 22, false)]
    [InlineData("vários moradores", "pt", 3, true)]
    [InlineData("dezenas de mortos", "pt", 12, true)]
    [InlineData("centenas de famílias", "pt", 100, true)]
    [InlineData("قتل خمسة جنود", "ar", 5, false)]
    [InlineData("قتل ١٢ شخصا", "ar", 12, false)]
    [InlineData("سقط عدة قتلى", "ar", 3, true)]
    [InlineData("وعشرات الجرحى", "ar", 12, true)]
    [InlineData("مئات العائلات", "ar", 100, true)]
    public void Number_words_and_vague_quantities(string text, string language, int value, bool vague)
    {
        var n = One(text, language);
        Assert.Equal(value, n.Value);
        Assert.Equal(vague, n.IsVague);
    }

    [Fact]
    public void A_word_that_is_a_number_in_one_language_only_counts_in_that_language()
    {
        // "dos" is two in Spanish and "of the" in Portuguese.
        const string text = "a morte dos soldados";
        Assert.Empty(NumberStage.Find(text, Tokenizer.Tokenize(text), [], "pt"));
        const string spanish = "la muerte de dos soldados";
        Assert.Equal(2, Assert.Single(NumberStage.Find(spanish, Tokenizer.Tokenize(spanish), [], "es")).Value.Value);
    }

    [Fact]
    public void A_qualifier_in_arabic_is_kept_with_its_figure()
    {
        const string text = "مقتل ما لا يقل عن 20 شخصا";
        var n = Assert.Single(NumberStage.Find(text, Tokenizer.Tokenize(text), [], "ar"));
        Assert.Equal(20, n.Value.Value);
        Assert.Equal("ما لا يقل عن 20", n.Span.Of(text));
    }
}
