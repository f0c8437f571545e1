using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Mentions;

namespace ConflictAtlas.Core.Tests.Stages.Mentions;

public sealed class NumberStageTests
{
    private static NumberMention One(string text)
    {
        var found = NumberStage.Find(text, Tokenizer.Tokenize(text), []);
        return Assert.Single(found).Value;
    }

    [Theory]
    [InlineData("eight people", 8, false)]
    [InlineData("huit personnes", 8, false)]
    [InlineData("a dozen soldiers", 12, false)]
    [InlineData("twenty-one civilians", 21, false)]
    [InlineData("vingt et un civils", 21, false)]
    [InlineData("1,200 displaced", 1200, false)]
    [InlineData("dozens of villagers", 12, true)]
    [InlineData("une vingtaine de civils", 20, true)]
    [InlineData("several soldiers", 3, true)]
    [InlineData("hundreds of people", 100, true)]
    [InlineData("« dizaines de soldats", 12, true)]
    [InlineData("centaines de déplacés", 100, true)]
    public void Numbers_in_digits_and_words(string text, int value, bool vague)
    {
        var n = One(text);
        Assert.Equal(value, n.Value);
        Assert.Equal(vague, n.IsVague);
    }

    [Theory]
    [InlineData("The convoy left at 4:30 a.m. with 12 soldiers.", 12)]
    [InlineData("Le convoi est parti à 16:45 avec 12 soldats.", 12)]
    public void A_clock_time_counts_nothing(string text, int only) =>
        Assert.Equal([only], NumberStage.Find(text, Tokenizer.Tokenize(text), []).Select(f => f.Value.Value));

    [Theory]
    [InlineData("date 2024-11 Three soldiers were killed near the border.", 3)]
    [InlineData("Mise à jour 2021/06 : deux gendarmes tués au poste.", 2)]
    public void A_year_and_month_count_nothing(string text, int only) =>
        Assert.Equal([only], NumberStage.Find(text, Tokenizer.Tokenize(text), []).Select(f => f.Value.Value));

    [Theory]
    [InlineData("at least 21 dead", "at least")]
    [InlineData("more than 100 dead", "more than")]
    [InlineData("au moins 21 morts", "au moins")]
    public void Qualifiers_are_kept(string text, string qualifier) => Assert.Equal(qualifier, One(text).Qualifier);

    [Theory]
    [InlineData("between 10 and 15 killed", 10, 15)]
    [InlineData("10 to 15 killed", 10, 15)]
    [InlineData("entre 10 et 15 morts", 10, 15)]
    public void Ranges(string text, int low, int high)
    {
        var n = One(text);
        Assert.Equal(low, n.Value);
        Assert.Equal(high, n.High);
    }
}
