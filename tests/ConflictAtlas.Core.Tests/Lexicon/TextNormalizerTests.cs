using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Tests.Lexicon;

/// <summary>Case and accent folding, and the place-name key that tolerates transliteration.</summary>
public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ségou", "segou")]
    [InlineData("ÉTAT-MAJOR", "etat-major")]
    [InlineData("Forces armées maliennes", "forces armees maliennes")]
    [InlineData("Ménaka", "menaka")]
    [InlineData("déplacés à Kaya", "deplaces a kaya")]
    public void Case_and_accents_fold_away(string text, string folded) => Assert.Equal(folded, TextNormalizer.Fold(text));

    [Theory]
    [InlineData("l\u2019armée", "l'armee")]
    [InlineData("l\u2018armée", "l'armee")]
    [InlineData("Mali\u02BCs", "mali's")]
    [InlineData("2023\u20132024", "2023-2024")]
    [InlineData("nord\u2014ouest", "nord-ouest")]
    [InlineData("non\u2011state", "non-state")]
    public void Typographic_apostrophes_and_dashes_become_plain(string text, string folded) => Assert.Equal(folded, TextNormalizer.Fold(text));

    [Fact]
    public void Combining_marks_are_dropped() => Assert.Equal("segou", TextNormalizer.Fold("Se\u0301gou"));

    [Fact]
    public void Lower_case_ascii_comes_back_as_it_is()
    {
        const string text = "killed 12 near kidal";
        Assert.Same(text, TextNormalizer.Fold(text));
    }

    [Fact]
    public void Digits_and_arabic_letters_are_kept() =>
        Assert.Equal("12 \u0642\u062A\u0644", TextNormalizer.Fold("12 \u0642\u064E\u062A\u064E\u0644\u064E"));

    [Theory]
    [InlineData("Tin-Zaouatene", "Tinzawatene")]
    [InlineData("Tombouctou", "Tombuctu")]
    [InlineData("Al-Fashir", "Fashir")]
    [InlineData("El-Obeid", "Obeid")]
    [InlineData("Kiddal", "Kidal")]
    [InlineData("Ménaka", "Menaka")]
    public void Spellings_of_one_place_share_a_key(string one, string other) =>
        Assert.Equal(TextNormalizer.PlaceKey(other), TextNormalizer.PlaceKey(one));

    [Theory]
    [InlineData("Gao", "Kidal")]
    [InlineData("Al Fashir", "Fashir")]
    public void Different_names_keep_different_keys(string one, string other) =>
        Assert.NotEqual(TextNormalizer.PlaceKey(other), TextNormalizer.PlaceKey(one));
}
