using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Events;

public sealed class FatalityEstimateTests
{
    private static readonly TextSpan Span = new(0, 1);

    [Fact]
    public void An_updated_toll_stands_over_the_lower_figures_told_before_it()
    {
        var e = FatalityEstimate.FromClaims([new(5, false, null, Span), new(9, false, null, Span, IsUpdate: true), new(6, false, null, Span)]);
        Assert.Equal((9, 5, 9), (e.Best, e.Low, e.High));
    }

    [Fact]
    public void Conflicting_claims_about_one_side_keep_the_lowest()
    {
        var e = FatalityEstimate.FromClaims([new(5, false, "the army", Span, "state"), new(23, false, "residents", Span, "state")]);
        Assert.Equal((5, 5, 23), (e.Best, e.Low, e.High));
    }

    [Fact]
    public void Deaths_on_different_sides_add_up_even_when_one_figure_is_vague()
    {
        var e = FatalityEstimate.FromClaims([new(6, false, null, Span, "state"), new(30, true, null, Span, "armed")]);
        Assert.Equal(36, e.Best);
        Assert.Equal(36, e.High);
    }

    [Fact]
    public void The_dead_singled_out_among_a_toll_add_nothing_to_it()
    {
        var e = FatalityEstimate.FromClaims([new(13, false, null, Span, "civilian"), new(7, false, null, Span, "civilian", IsPart: true)]);
        Assert.Equal((13, 13, 13), (e.Best, e.Low, e.High));
        var soldiers = FatalityEstimate.FromClaims([new(3, false, null, Span, "total"), new(2, false, null, Span, "state", IsPart: true)]);
        Assert.Equal(3, soldiers.Best);
    }

    [Fact]
    public void A_vague_side_does_not_outweigh_an_exact_total()
    {
        // "Four people were killed" and, elsewhere, "many civilians lost their lives": the exact figure stands.
        var e = FatalityEstimate.FromClaims([new(4, false, null, Span, "total"), new(10, true, null, Span, "civilian")]);
        Assert.Equal(4, e.Best);
    }

    [Fact]
    public void A_total_larger_than_the_sides_stands()
    {
        var e = FatalityEstimate.FromClaims([new(12, false, null, Span, "total"), new(5, false, null, Span, "state")]);
        Assert.Equal(12, e.Best);
    }

    [Fact]
    public void A_lower_total_from_another_source_competes_with_the_sides()
    {
        var e = FatalityEstimate.FromClaims([new(20, true, "the army", Span, "armed"), new(8, false, "notables", Span, "total")]);
        Assert.Equal(8, e.Best);
    }

    [Fact]
    public void A_higher_total_from_another_source_competes_with_the_sides_too()
    {
        // The army: eight assailants neutralised; a councillor: 21 bodies counted. Conflicting accounts: the lowest.
        var e = FatalityEstimate.FromClaims([new(8, false, "the army", Span, "armed"), new(21, false, "a councillor", Span, "total")]);
        Assert.Equal((8, 8, 21), (e.Best, e.Low, e.High));
    }

    [Fact]
    public void A_headline_figure_with_no_speaker_does_not_stop_two_sources_from_competing()
    {
        var e = FatalityEstimate.FromClaims([new(11, false, null, Span, "civilian"), new(11, false, "residents", Span, "civilian"), new(14, false, "a health worker", Span, "total")]);
        Assert.Equal(11, e.Best);
    }

    [Fact]
    public void A_total_from_the_same_source_as_the_sides_completes_them()
    {
        var e = FatalityEstimate.FromClaims([new(5, false, "the army", Span, "state"), new(12, false, "the army", Span, "total")]);
        Assert.Equal(12, e.Best);
    }

    [Fact]
    public void A_sides_claim_about_its_own_deeds_stands_only_when_nobody_else_gives_a_figure()
    {
        FatalityClaim source = new(12, true, "a security source", Span, "state");
        FatalityClaim group = new(54, false, "the group", Span, "state", IsPartisan: true);

        Assert.Equal((12, 12, 54), (FatalityEstimate.FromClaims([source, group]).Best, FatalityEstimate.FromClaims([source, group]).Low, FatalityEstimate.FromClaims([source, group]).High));
        Assert.Equal(54, FatalityEstimate.FromClaims([group]).Best);
    }

    [Fact]
    public void A_vague_word_counts_only_without_an_exact_figure_for_that_side()
    {
        var e = FatalityEstimate.FromClaims([new(12, true, null, Span, "total"), new(8, false, null, Span, "total")]);
        Assert.Equal(8, e.Best);
    }

    [Fact]
    public void No_claims_means_zero() => Assert.Equal(0, FatalityEstimate.FromClaims([]).Best);
}
