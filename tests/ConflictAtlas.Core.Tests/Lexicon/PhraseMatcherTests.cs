using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Lexicon;

/// <summary>Phrase lookup: longest first, left to right, no overlaps, folded unless written in capitals or with '='.</summary>
public sealed class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params (string Phrase, string Value)[] entries)
    {
        var matcher = new PhraseMatcher<string>();
        foreach (var (phrase, value) in entries)
        {
            matcher.Add(phrase, value);
        }

        return matcher;
    }

    private static List<(string Text, string Values)> Found(PhraseMatcher<string> matcher, string text) =>
        [.. matcher.Match(Tokenizer.Tokenize(text)).Select(m => (m.Span.Of(text), string.Join('+', m.Values)))];

    [Fact]
    public void The_longest_phrase_at_a_position_wins()
    {
        var matcher = Matcher(("bomb", "short"), ("car bomb", "long"), ("suicide car bomb", "longest"));
        Assert.Equal([("suicide car bomb", "longest")], Found(matcher, "a suicide car bomb went off"));
        Assert.Equal([("car bomb", "long")], Found(matcher, "a car bomb went off"));
        Assert.Equal([("bomb", "short")], Found(matcher, "the bomb went off"));
    }

    [Fact]
    public void A_longer_phrase_the_text_leaves_midway_falls_back_to_the_shorter_one()
    {
        var matcher = Matcher(("islamic state", "IS"), ("islamic state west africa province", "ISWAP"));
        Assert.Equal([("Islamic State", "IS")], Found(matcher, "Islamic State west of the river"));
        Assert.Equal([("Islamic State West Africa Province", "ISWAP")], Found(matcher, "Islamic State West Africa Province fighters"));
    }

    [Fact]
    public void A_longer_phrase_whose_case_disagrees_falls_back_to_the_shorter_one()
    {
        var matcher = Matcher(("state", "word"), ("=IS state", "acronym"));
        Assert.Equal([("state", "word")], Found(matcher, "is state"));
    }

    [Fact]
    public void Matches_do_not_overlap_and_the_leftmost_is_taken_first()
    {
        var matcher = Matcher(("armed men", "actor"), ("men of the village", "group"), ("village", "place"));
        var found = matcher.Match(Tokenizer.Tokenize("armed men of the village"));
        Assert.Equal(2, found.Count);
        Assert.Equal((0, 2, "actor"), (found[0].FirstToken, found[0].TokenCount, found[0].Values[0]));
        Assert.Equal((4, 1, "place"), (found[1].FirstToken, found[1].TokenCount, found[1].Values[0]));
    }

    [Fact]
    public void A_match_spans_from_its_first_to_its_last_token()
    {
        const string text = "after the  car   bomb, calm";
        var match = Assert.Single(Matcher(("car bomb", "x")).Match(Tokenizer.Tokenize(text)));
        Assert.Equal(new TextSpan(11, 21), match.Span);
    }

    [Theory]
    [InlineData("l'armée malienne")]
    [InlineData("L’ARMÉE MALIENNE")]
    [InlineData("l armee malienne")]
    public void Case_accents_and_apostrophes_are_folded(string text) =>
        Assert.Equal("army", Assert.Single(Found(Matcher(("l'Armée malienne", "army")), text)).Values);

    [Fact]
    public void A_phrase_in_capitals_is_an_acronym_and_matches_only_in_capitals()
    {
        var matcher = Matcher(("JNIM", "group"), ("IED", "bomb"));
        Assert.Equal([("JNIM", "group"), ("IED", "bomb")], Found(matcher, "JNIM planted an IED"));
        Assert.Empty(Found(matcher, "Jnim planted an ied"));
    }

    [Fact]
    public void An_equals_sign_asks_for_the_exact_case()
    {
        var matcher = Matcher(("=march", "protest"), ("=may", "future"));
        Assert.Equal([("march", "protest")], Found(matcher, "a march in Bamako"));
        Assert.Empty(Found(matcher, "on 3 March in Bamako"));
        Assert.Empty(Found(matcher, "in May"));
        Assert.Equal([("may", "future")], Found(matcher, "they may strike"));
    }

    [Fact]
    public void An_exact_phrase_gives_way_to_a_shorter_folded_one_when_its_case_differs()
    {
        var matcher = Matcher(("=Gao Market", "exact"), ("gao", "town"));
        Assert.Equal([("Gao Market", "exact")], Found(matcher, "at Gao Market"));
        Assert.Equal([("GAO", "town")], Found(matcher, "at GAO MARKET"));
    }

    [Fact]
    public void One_phrase_keeps_every_value_filed_under_it_once()
    {
        var matcher = Matcher(("Tuareg rebels", "CMA"), ("Tuareg rebels", "FLA"), ("tuareg rebels", "FLA"));
        Assert.Equal(1, matcher.Count);
        Assert.Equal("CMA+FLA", Assert.Single(Found(matcher, "Tuareg rebels attacked")).Values);
    }

    [Fact]
    public void A_phrase_without_letters_or_digits_is_ignored()
    {
        var matcher = Matcher(("--", "nothing"), ("", "nothing"));
        Assert.Equal(0, matcher.Count);
        Assert.Empty(Found(matcher, "-- --"));
    }
}
