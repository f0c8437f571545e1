using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Evaluation;

/// <summary>The reliability table counts each band's events and matches, and the fit gives the evidence that goes
/// with right events a higher weight.</summary>
public sealed class ConfidenceCalibrationTests
{
    private static ConflictEvent Event(double confidence, params ConfidenceFactor[] factors) => new()
    {
        Class = new Evidence<EventClass>(new EventClass("Battles", "Armed clash", "Political violence", 1, null, "190", "FIGHT", "small arms"), new TextSpan(0, 1), "test"),
        Trigger = new Evidence<string>("x", new TextSpan(0, 1), "test"),
        Confidence = confidence,
        ConfidenceFactors = [.. factors],
    };

    private static ReportMatch Matched(int count, params int[] hits) =>
        new([.. hits.Select(h => (h, 0))], [], [], [.. Enumerable.Range(0, count).Except(hits)]);

    [Fact]
    public void Each_band_counts_its_events_and_the_share_that_matched()
    {
        var calibration = new ConfidenceCalibration();
        calibration.Add([Event(0.95), Event(0.92), Event(0.35), Event(1.0)], Matched(4, 0, 1));
        // An event paired with an optional gold event counts neither way.
        calibration.Add([Event(0.4)], new ReportMatch([], [(0, 0)], [], []));

        var bands = calibration.Reliability();
        var top = bands[^1];
        Assert.Equal((3, 2), (top.Events, top.Matched));
        var low = Assert.Single(bands, b => b.Low <= 0.35 && 0.35 < b.High);
        Assert.Equal((1, 0), (low.Events, low.Matched));
        Assert.Equal(4, calibration.Count);
        Assert.Equal(4, bands.Sum(b => b.Events));
    }

    [Fact]
    public void The_fit_weighs_the_evidence_of_right_events_above_that_of_wrong_ones()
    {
        var own = new ConfidenceFactor(ConfidenceComponent.Date, "own-day", 0);
        var week = new ConfidenceFactor(ConfidenceComponent.Date, "publication-week", 0);
        var calibration = new ConfidenceCalibration();
        // Own-day events match 9 times in 10, publication-week events 3 times in 10.
        for (var i = 0; i < 10; i++)
        {
            calibration.Add([Event(0.5, own), Event(0.5, week)], Matched(2, [.. new[] { i < 9 ? 0 : -1, i < 3 ? 1 : -1 }.Where(h => h >= 0)]));
        }

        var (intercept, weights) = calibration.Fit(l2: 0.01);
        var pOwn = ConfidenceModel.Logistic(intercept + weights[(ConfidenceComponent.Date, "own-day")]);
        var pWeek = ConfidenceModel.Logistic(intercept + weights[(ConfidenceComponent.Date, "publication-week")]);
        Assert.Equal(0.9, pOwn, 2);
        Assert.Equal(0.3, pWeek, 2);
    }

    [Fact]
    public void An_order_the_data_would_reverse_ties_the_two_values_to_one_weight()
    {
        var own = new ConfidenceFactor(ConfidenceComponent.Place, "own-sentence", 0);
        var paragraph = new ConfidenceFactor(ConfidenceComponent.Place, "paragraph", 0);
        var strong = new ConfidenceFactor(ConfidenceComponent.Trigger, "strong", 0);
        var calibration = new ConfidenceCalibration();
        // A few paragraph places happen to match more often than own-sentence ones.
        for (var i = 0; i < 10; i++)
        {
            calibration.Add([Event(0.5, own, strong), Event(0.5, paragraph, strong)], Matched(2, [.. new[] { i < 5 ? 0 : -1, i < 7 ? 1 : -1 }.Where(h => h >= 0)]));
        }

        var (_, free) = calibration.Fit(l2: 0.01);
        Assert.True(free[(ConfidenceComponent.Place, "paragraph")] > free[(ConfidenceComponent.Place, "own-sentence")]);

        var orders = ConfidenceOrders.Parse([["place", "own-sentence", "paragraph"]]);
        var (intercept, tied) = calibration.Fit(l2: 0.01, orders: orders);
        Assert.Equal(tied[(ConfidenceComponent.Place, "own-sentence")], tied[(ConfidenceComponent.Place, "paragraph")], 9);
        // The shared weight fits the pooled share of matches: 12 in 20.
        Assert.Equal(0.6, ConfidenceModel.Logistic(intercept + tied[(ConfidenceComponent.Place, "own-sentence")] + tied[(ConfidenceComponent.Trigger, "strong")]), 2);
    }

    [Fact]
    public void An_order_with_a_value_no_event_had_holds_that_value_at_zero()
    {
        var own = new ConfidenceFactor(ConfidenceComponent.Date, "own-day", 0);
        var toll = new ConfidenceFactor(ConfidenceComponent.Toll, "none", 0);
        var calibration = new ConfidenceCalibration();
        for (var i = 0; i < 10; i++)
        {
            calibration.Add([Event(0.5, own, toll), Event(0.5, toll)], Matched(2, [.. new[] { i < 2 ? 0 : -1, i < 8 ? 1 : -1 }.Where(h => h >= 0)]));
        }

        var (_, weights) = calibration.Fit(l2: 0.01, orders: ConfidenceOrders.Parse([["date", "own-day", "read-day"]]));
        Assert.Equal(0, weights[(ConfidenceComponent.Date, "own-day")]);
    }

    [Theory]
    [InlineData("dates", "own-day", "paragraph")]
    [InlineData("date", "own-day", "yesterday")]
    public void An_order_of_an_unknown_component_or_value_fails(string component, string stronger, string weaker) =>
        Assert.Throws<InvalidDataException>(() => ConfidenceOrders.Parse([[component, stronger, weaker]]));

    [Fact]
    public void Written_weights_load_as_a_model()
    {
        var writer = new StringWriter();
        ConfidenceCalibration.WriteWeights(writer, -0.25, new Dictionary<(ConfidenceComponent, string), double> { [(ConfidenceComponent.Toll, "death-phrase")] = 0.75 }, "test");
        var model = new ConfidenceModel(Core.Lexicon.ResourceFile.ParseRows(new StringReader(writer.ToString())));

        Assert.Equal(-0.25, model.Intercept);
        Assert.Equal(0.75, model.Factor(ConfidenceComponent.Toll, TollEvidence.DeathPhrase).Weight);
        Assert.Equal(0, model.Factor(ConfidenceComponent.Date, DateEvidence.OwnDay).Weight);
    }
}
