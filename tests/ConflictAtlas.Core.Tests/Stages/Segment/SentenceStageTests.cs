using ConflictAtlas.Core.Stages.Segment;

namespace ConflictAtlas.Core.Tests.Stages.Segment;

public sealed class SentenceStageTests
{
    private static List<string> Split(string text) => new SentenceStage().Split(text).Select(s => s.Span.Of(text)).ToList();

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences() =>
        Assert.Equal(2, Split("Gen. A. Diarra said on Dec. 3 that troops left. Mr. Ba disagreed.").Count);

    [Fact]
    public void Quotes_stay_with_their_sentence()
    {
        var parts = Split("\"We will fight,\" he said. \"The setback will intensify the resistance.\" Then he left.");
        Assert.Equal(3, parts.Count);
        Assert.EndsWith("resistance.\"", parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_end_sentences_and_are_numbered()
    {
        var sentences = new SentenceStage().Split("Headline without stop\n\nFirst sentence. Second one.");
        Assert.Equal([0, 1, 1], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Decimal_numbers_do_not_split() => Assert.Single(Split("The town lies at 19.95 degrees north."));

    // Pages that lose the space after a full stop glue two sentences: a word in lower case, the stop, then a capitalised word.
    [Fact]
    public void A_stop_with_no_space_between_a_word_and_a_capitalised_one_ends_a_sentence()
    {
        var parts = Split("O presidente disse que foi preso pelo Exército.Segundo a agência, os tiros duraram uma hora.");
        Assert.Equal(["O presidente disse que foi preso pelo Exército.", "Segundo a agência, os tiros duraram uma hora."], parts);
        Assert.Equal(2, Split("Dois ministros foram detidos.O porta-voz confirmou a notícia.").Count);
    }

    [Theory]
    [InlineData("The U.S.Army said the base was shelled.")]
    [InlineData("He visited the site www.example.org on Monday.")]
    [InlineData("Voters chose Mr.Ba in the end.")]
    public void A_stop_inside_an_abbreviation_or_an_address_does_not(string text) => Assert.Single(Split(text));
}
