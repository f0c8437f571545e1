using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Text;

public sealed class TextSpanTests
{
    [Fact]
    public void Span_is_half_open()
    {
        var span = new TextSpan(2, 5);
        Assert.Equal(3, span.Length);
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.Equal("cde", span.Of("abcdefg"));
    }

    [Fact]
    public void Adjacent_spans_do_not_overlap()
    {
        Assert.False(new TextSpan(0, 3).Overlaps(new TextSpan(3, 5)));
        Assert.True(new TextSpan(0, 4).Overlaps(new TextSpan(3, 5)));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void Invalid_spans_are_refused(int start, int end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));

    [Fact]
    public void Span_past_the_end_of_the_text_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(2, 10).Of("short"));

    [Fact]
    public void Union_covers_both()
    {
        Assert.Equal(new TextSpan(1, 9), new TextSpan(1, 3).Union(new TextSpan(6, 9)));
    }
}

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ségou", "segou")]
    [InlineData("décembre", "decembre")]
    [InlineData("Mali’s", "mali's")]
    [InlineData("Abeïbara", "abeibara")]
    [InlineData("Se\u0301gou", "segou")]
    public void Fold_removes_case_and_accents_without_icu(string input, string expected) =>
        Assert.Equal(expected, ConflictAtlas.Core.Lexicon.TextNormalizer.Fold(input));

    [Theory]
    [InlineData("Tin-Zaouatene", "Tinzawatene")]
    [InlineData("Tinzaouatine", "Tin Zaouatine")]
    [InlineData("El-Fasher", "Fasher")]
    [InlineData("Tombouctou", "Tombuctu")]
    public void Place_keys_tolerate_transliteration(string a, string b) =>
        Assert.Equal(ConflictAtlas.Core.Lexicon.TextNormalizer.PlaceKey(a), ConflictAtlas.Core.Lexicon.TextNormalizer.PlaceKey(b));
}
