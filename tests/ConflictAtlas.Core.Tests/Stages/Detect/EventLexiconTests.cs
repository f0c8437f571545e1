using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>Trigger rows are read strictly when the lexicon is built: a typo fails at start-up, not on some report.</summary>
public sealed class EventLexiconTests
{
    private static Trigger Only(EventLexicon lexicon, string text) =>
        Assert.Single(Assert.Single(lexicon.Triggers.Match(Tokenizer.Tokenize(text))).Values);

    [Theory]
    [InlineData("strong", true, false, false)]
    [InlineData("generic", false, false, false)]
    [InlineData("override", true, true, false)]
    [InlineData("yields", true, false, true)]
    public void The_strength_column_sets_what_a_trigger_may_do(string strength, bool isStrong, bool overrides, bool yields)
    {
        var trigger = Only(Lexicons.WithTriggers(Lexicons.Rows($"Armed clash\t{strength}\ten\tskirmished")), "rebels skirmished");
        Assert.Equal(new Trigger("Armed clash", isStrong, overrides, yields), trigger);
    }

    [Fact]
    public void An_unknown_sub_event_type_fails_when_the_lexicon_is_built()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Lexicons.WithTriggers(Lexicons.Rows("Armed clashes\tstrong\ten\tskirmished")));
        Assert.Equal("unknown sub-event type 'Armed clashes'", error.Message);
    }

    [Theory]
    [InlineData("Armed clash\tstrongest\ten\tskirmished", "triggers.tsv: unknown TriggerStrength 'strongest' (expected one of generic, strong, override, yields, mutual)")]
    [InlineData("Armed clash\tstrong\tit\tscontro", "triggers.tsv: unknown language 'it' (expected one of en, fr, es, pt, ar, de)")]
    [InlineData("Armed clash\tstrong\tskirmished", "triggers.tsv: a row needs 4 columns, the language before the phrases: 'Armed clash\tstrong\tskirmished'")]
    public void A_bad_row_fails_naming_the_file_and_what_is_wrong(string row, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidDataException>(() => Lexicons.WithTriggers(Lexicons.Rows(row))).Message);

    [Fact]
    public void The_shipped_triggers_have_rows_in_every_language_read_for_every_sub_event_type_they_name()
    {
        var rows = ResourceFile.ReadRows("triggers.tsv");
        foreach (var type in rows.GroupBy(r => r[0]))
        {
            Assert.Equal(["ar", "en", "es", "fr", "pt"], type.Select(r => r[2]).Distinct().Order(StringComparer.Ordinal));
        }
    }
}
