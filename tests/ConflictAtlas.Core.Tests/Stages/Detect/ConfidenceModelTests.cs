using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>An event's confidence is read from how its evidence was found, with the weights of
/// <c>confidence-weights.tsv</c>; a broken weights file fails when it loads.</summary>
public sealed class ConfidenceModelTests
{
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Standard = PipelineDefaults.Create();

    private static Document Run(string text, string language = "en") =>
        Standard.Run(Document.Create(text, new ArticleMetadata
        {
            Published = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero),
            Language = language,
        }));

    private static string ValueOf(ConflictEvent e, ConfidenceComponent component) =>
        Assert.Single(e.ConfidenceFactors, f => f.Component == component).Value;

    [Fact]
    public void The_confidence_is_the_logistic_of_the_intercept_and_the_weights_of_the_factors()
    {
        var model = new ConfidenceModel([["intercept", "-", "-0.5"], ["date", "own-day", "1.5"], ["toll", "none", "-2"]]);
        var factors = new[] { model.Factor(ConfidenceComponent.Date, DateEvidence.OwnDay), model.Factor(ConfidenceComponent.Toll, TollEvidence.DeathPhrase) };

        Assert.Equal(1.5, factors[0].Weight);
        Assert.Equal(0, factors[1].Weight);
        Assert.Equal(Math.Round(1 / (1 + Math.Exp(-1.0)), 2), model.Score(factors));
        Assert.Equal(Math.Round(1 / (1 + Math.Exp(2.5)), 2), model.Score([model.Factor(ConfidenceComponent.Toll, TollEvidence.None)]));
    }

    [Fact]
    public void An_event_records_how_its_date_place_actor_and_toll_were_found()
    {
        var e = Assert.Single(Run(Told).Events);

        Assert.Equal("own-day", ValueOf(e, ConfidenceComponent.Date));
        Assert.Equal("1", ValueOf(e, ConfidenceComponent.TimePrecision));
        Assert.Equal("own-sentence", ValueOf(e, ConfidenceComponent.Place));
        Assert.Equal("1", ValueOf(e, ConfidenceComponent.GeoPrecision));
        Assert.Equal("named", ValueOf(e, ConfidenceComponent.Actor1));
        Assert.Equal("death-phrase", ValueOf(e, ConfidenceComponent.Toll));
        Assert.Equal("en", ValueOf(e, ConfidenceComponent.Language));
        Assert.Equal(ConfidenceModel.Default.Score(e.ConfidenceFactors), e.Confidence);
        Assert.Equal(Enum.GetValues<ConfidenceComponent>().Length, e.ConfidenceFactors.Length);
    }

    /// <summary>No day anywhere: the publication week.</summary>
    private const string Undated = "Violence in central Mali\n\nGunmen attacked a convoy of traders in Mopti, killing two drivers.";

    /// <summary>The place only in the sentence before, in the same paragraph.</summary>
    private const string PlaceBefore = "Violence in central Mali\n\nResidents of Mopti fear for their safety. On Sunday, gunmen attacked a convoy, killing two drivers.";

    private const string Told = "Attack in Mopti\n\nJNIM fighters attacked an army post in Mopti on Sunday, killing four soldiers.";

    [Fact]
    public void Fall_backs_are_recorded_as_fall_backs()
    {
        var undated = Assert.Single(Run(Undated).Events);
        Assert.Equal("publication-week", ValueOf(undated, ConfidenceComponent.Date));
        Assert.Equal("2", ValueOf(undated, ConfidenceComponent.TimePrecision));
        Assert.Equal("unidentified", ValueOf(undated, ConfidenceComponent.Actor1));

        var before = Assert.Single(Run(PlaceBefore).Events);
        Assert.Equal("own-day", ValueOf(before, ConfidenceComponent.Date));
        Assert.Equal("paragraph", ValueOf(before, ConfidenceComponent.Place));
    }

    [Fact]
    public void The_bundled_weights_trust_own_evidence_more_than_fall_backs()
    {
        var told = Assert.Single(Run(Told).Events);
        foreach (var vague in new[] { Run(Undated), Run(PlaceBefore) }.Select(d => Assert.Single(d.Events)))
        {
            Assert.True(told.Confidence > vague.Confidence, $"{told.Confidence} should exceed {vague.Confidence}");
        }

        var model = ConfidenceModel.Default;
        Assert.True(model.Factor(ConfidenceComponent.Date, DateEvidence.OwnDay).Weight > model.Factor(ConfidenceComponent.Date, DateEvidence.PublicationWeek).Weight);
        Assert.True(model.Factor(ConfidenceComponent.Place, PlaceEvidence.OwnSentence).Weight > model.Factor(ConfidenceComponent.Place, PlaceEvidence.Paragraph).Weight);
    }

    [Fact]
    public void The_bundled_weights_keep_every_order_of_the_order_file()
    {
        Assert.NotEmpty(ConfidenceOrders.Default);
        Assert.Empty(ConfidenceOrders.BrokenBy(ConfidenceModel.Default, ConfidenceOrders.Default));
    }

    [Fact]
    public void A_language_without_a_weight_counts_as_other() =>
        Assert.Equal(ConfidenceModel.OtherLanguage, ConfidenceModel.Default.LanguageFactor("xx").Value);

    [Fact]
    public void The_bundled_file_lists_every_value_of_every_component()
    {
        var listed = ResourceFile.ReadRows("confidence-weights.tsv").Where(r => r[0] != ConfidenceModel.InterceptName).Select(r => (r[0], r[1])).ToHashSet();
        var expected = Enum.GetValues<ConfidenceComponent>().SelectMany(c => ConfidenceModel.ValuesOf(c).Select(v => (DataNames.ToKebab(c.ToString()), v))).ToHashSet();
        Assert.Equal(expected, listed);
    }

    [Theory]
    [InlineData("dates", "own-day", "unknown ConfidenceComponent 'dates'")]
    [InlineData("date", "yesterday", "'yesterday' is not a value of date")]
    [InlineData("geo-precision", "4", "'4' is not a value of geo-precision")]
    public void A_weight_of_an_unknown_component_or_value_fails_naming_it(string component, string value, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => new ConfidenceModel([["intercept", "-", "0"], [component, value, "0.1"]]));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_intercept_a_repeated_value_or_a_weight_that_is_no_number_fails()
    {
        Assert.Throws<InvalidDataException>(() => new ConfidenceModel([["date", "own-day", "0.1"]]));
        Assert.Throws<InvalidDataException>(() => new ConfidenceModel([["intercept", "-", "0"], ["date", "own-day", "0.1"], ["date", "own-day", "0.2"]]));
        Assert.Throws<InvalidDataException>(() => new ConfidenceModel([["intercept", "-", "0"], ["date", "own-day", "high"]]));
    }
}
