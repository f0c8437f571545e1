using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect.Figures;
using ConflictAtlas.Core.Stages.Detect.Rules;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

/// <summary>The figure rules read their reaches from <c>coding-thresholds.tsv</c>: a changed row changes what they claim.</summary>
public sealed class FigureReachTests : FigureRuleTests<DeathWordAfter>
{
    private static FigureRules RulesWith(string name, string value) =>
        FigureRules.With(new CodingThresholds([.. ResourceFile.ReadRows("coding-thresholds.tsv").Select(r => r[0] == name ? [r[0], value, r[2]] : r)]));

    [Fact]
    public void A_shorter_death_word_reach_loses_a_death_word_two_tokens_on()
    {
        const string sentence = "Eight soldiers were killed when JNIM attacked a convoy near Kidal on Sunday.";
        Assert.Equal([8], FiguresOf(sentence, RulesWith("figure-death-after-reach", "2")));
        Assert.Empty(FiguresOf(sentence, RulesWith("figure-death-after-reach", "1")));
    }

    [Fact]
    public void A_shorter_period_reach_keeps_a_total_whose_period_marker_is_far()
    {
        const string sentence = "More than 2,500 civilians have been killed in the fighting around Kidal so far this year.";
        Assert.Empty(FiguresOf(sentence, FigureRules.Default));
        Assert.Equal([2500], FiguresOf(sentence, RulesWith("figure-period-reach", "4")));
    }

    [Fact]
    public void A_shorter_coordination_reach_parts_two_figures_far_apart() =>
        Assert.Equal([30], FiguresOf("Six government soldiers and thirty armed attackers were killed in fighting near Kidal on Sunday.", RulesWith("figure-coordinated-reach", "10")));
}
