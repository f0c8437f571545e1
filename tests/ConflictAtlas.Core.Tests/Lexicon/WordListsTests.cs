using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect;

namespace ConflictAtlas.Core.Tests.Lexicon;

/// <summary>The named word lists of words.tsv, and the strict reading of names written in data files.</summary>
public sealed class WordListsTests
{
    private static WordLists Read(params string[] lines) =>
        new(lines.Select(l => l.Split('\t')), "test-words.tsv");

    [Fact]
    public void Rows_of_every_language_make_one_list()
    {
        var words = Read("coordinators\ten\tand", "coordinators\tes\ty|e", "attribution\tfr\tselon|a déclaré");
        Assert.Equal(["and", "y", "e"], words.Phrases(WordList.Coordinators));
        Assert.Equal(["en", "es"], words.LanguagesOf(WordList.Coordinators));
        Assert.Equal(["selon", "a déclaré"], words.Phrases(WordList.Attribution));
    }

    [Fact]
    public void A_list_without_rows_is_empty() => Assert.Empty(Read("coordinators\ten\tand").Phrases(WordList.SpeakerNouns));

    [Fact]
    public void Folded_forms_compare_with_folded_tokens()
    {
        var words = Read("passive-auxiliaries\tfr\tété|Sont");
        Assert.Equal(new HashSet<string> { "ete", "sont" }, words.Folded(WordList.PassiveAuxiliaries));
    }

    [Fact]
    public void A_list_matcher_finds_its_phrases_in_text()
    {
        var matcher = Read("agent-markers\tfr\tpar|menée par").Matcher(WordList.AgentMarkers);
        var match = Assert.Single(matcher.Match(Tokenizer.Tokenize("une attaque menée par des jihadistes")));
        Assert.Equal((2, 2), (match.FirstToken, match.TokenCount));
    }

    [Fact]
    public void An_unknown_list_name_fails_naming_the_file_the_name_and_the_known_names()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("agent-marker\ten\tby"));
        Assert.StartsWith("test-words.tsv: unknown WordList 'agent-marker' (expected one of agent-markers, not-agentive-by,", error.Message);
    }

    [Fact]
    public void An_unknown_language_fails_naming_the_file_and_the_code()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("coordinators\tit\te"));
        Assert.Equal("test-words.tsv: unknown language 'it' (expected one of en, fr, es, pt, ar, de)", error.Message);
    }

    [Fact]
    public void A_row_without_phrases_fails()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("coordinators\ten"));
        Assert.Contains("a row needs list, lang and phrases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_file_fills_every_list_in_every_language_read_except_the_known_gaps()
    {
        // Lists without rows in some language: that language is read without them. Arabic has no articles before a
        // number or a person, writes its prefixes onto words, and has no capitals for compass words to open; the other
        // languages put an article before a noun that is one death by itself. Only English puts "border" after a
        // neighbour's adjective ("the Nigerian border") and "City" after a country's name ("Guatemala City"), and only English puts a
        // participle before the people it describes ("to detained migrants"; the others write it after them).
        string[] latin = ["en", "es", "fr", "pt"];
        Dictionary<WordList, string[]> gaps = new()
        {
            [WordList.NotAgentiveBy] = latin,
            [WordList.ActiveDeathVerbs] = ["en", "fr"],
            [WordList.SpeakerNouns] = ["ar", "en", "es", "pt"],
            [WordList.SpeakerPlaceLinks] = ["ar", "en", "es", "pt"],
            [WordList.OwnWords] = latin,
            [WordList.SingleArticles] = latin,
            [WordList.SingleDeathNouns] = ["es", "fr", "pt"],
            [WordList.LoneDeathNouns] = ["ar"],
            [WordList.CompassWords] = latin,
            [WordList.ArticleNumbers] = latin,
            [WordList.VagueAlone] = ["en"],
            [WordList.CompoundJoiners] = ["es", "fr", "pt"],
            [WordList.Hundreds] = ["en", "fr"],
            [WordList.NotAuthorNoteWords] = latin,
            [WordList.OrganisationArticles] = ["de", "en", "es", "fr", "pt"],
            [WordList.BylinePrefixes] = latin,
            [WordList.PlaceHeads] = ["en", "fr"],
            [WordList.BorderAfter] = ["en"],
            [WordList.CapitalHeads] = ["en"],
            // Only English puts a part of a region as an adjective before its name ("northern Potosi"; "le nord de").
            [WordList.RegionPartWords] = ["en"],
            // Only English writes the settlement word after a village's name ("X village"; "le village de X").
            [WordList.SettlementAfterWords] = ["en"],
            [WordList.SettlementAfterOpeners] = ["en"],
            // Other languages put a place cue before a village named in an apposition ("à X, une localité"), which finds it.
            [WordList.SettlementAppositionOpeners] = ["en"],
            // Arabic marks no indefinite article before a noun ("في قرية").
            [WordList.UnnamedSettlementOpeners] = latin,
            // English and French names keep no lower-case word inside; Arabic script has no capitals to run through.
            [WordList.NameParticles] = ["es", "pt"],
            // Transliterated Arabic names with a hyphened article occur in the Latin-script reports (English, French).
            [WordList.HyphenNameParticles] = ["en", "fr"],
            [WordList.ConjunctionPrefixes] = ["ar"],
            [WordList.PrepositionPrefixes] = ["ar"],
            [WordList.ArticlePrefixes] = ["ar"],
            // Arabic joins a noun to its complement without a link word ("عناصر الدورية").
            [WordList.ComplementLinks] = latin,
            [WordList.AttributiveParticiples] = ["en"],
            [WordList.AttributiveOpeners] = ["en"],
            // Only Spanish and Portuguese put the participle after its noun among the languages read with it.
            [WordList.PostnominalParticiples] = ["es", "pt"],
            [WordList.PostnominalDeterminers] = ["es", "pt"],
            // Arabic writes its article on the noun itself ("الهجوم"), so no determiner word opens a retelling.
            [WordList.RetellingDeterminers] = latin,
        };
        foreach (var list in Enum.GetValues<WordList>())
        {
            Assert.Equal(gaps.GetValueOrDefault(list, ["ar", "en", "es", "fr", "pt"]), WordLists.Default.LanguagesOf(list).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("not-agentive-by", WordList.NotAgentiveBy)]
    [InlineData(" speaker-nouns ", WordList.SpeakerNouns)]
    [InlineData("SpeakerNouns", WordList.SpeakerNouns)]
    public void Data_names_are_read_in_kebab_case(string written, WordList expected) =>
        Assert.Equal(expected, DataNames.Parse<WordList>(written, "x.tsv"));

    [Theory]
    [InlineData("futur")]
    [InlineData("1")]
    [InlineData("")]
    public void An_unknown_data_name_fails_with_every_expected_name(string written)
    {
        var error = Assert.Throws<InvalidDataException>(() => DataNames.Parse<ModalKind>(written, "modality.tsv"));
        Assert.Equal(
            $"modality.tsv: unknown ModalKind '{written}' (expected one of future, hypothetical, denial, history, habitual, legal, calm, separate, unclaimed, retrospective, partisan)",
            error.Message);
    }

    [Theory]
    [InlineData("NotAgentiveBy", "not-agentive-by")]
    [InlineData("Future", "future")]
    public void Enum_names_are_written_in_kebab_case(string name, string kebab) => Assert.Equal(kebab, DataNames.ToKebab(name));

    [Fact]
    public void A_language_code_must_be_one_of_the_known_ones()
    {
        Assert.Equal("es", Languages.Check(" es ", "x.tsv"));
        Assert.Equal("x.tsv: unknown language 'EN' (expected one of en, fr, es, pt, ar, de)", Assert.Throws<InvalidDataException>(() => Languages.Check("EN", "x.tsv")).Message);
    }
}
