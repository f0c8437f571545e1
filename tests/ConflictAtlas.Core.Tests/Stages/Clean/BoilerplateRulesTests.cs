using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Core.Tests.Stages.Clean;

public sealed class BoilerplateRulesTests
{
    [Theory]
    [InlineData("China has warned it will not allow chaos (Image: GETTY )", "caption")]
    [InlineData("Image 1 of 5", "caption")]
    [InlineData("© Aaron Schwartz", "caption")]
    [InlineData("| UPDATED: 11:05, Tue, Nov 19, 2019", "byline")]
    [InlineData("By Justine Coleman - 11/18/19 11:04 PM EST", "byline")]
    [InlineData("Advertisement", "related")]
    [InlineData("SUBSCRIBE", "widget")]
    [InlineData("Par Awa Ouédraogo", "byline")]
    [InlineData("DON'T MISS", "related")]
    [InlineData("SEE MORE: Hong Kong protests: 800 students under siege", "related")]
    [InlineData("The contents of this site are ©2019 Example Corp. All rights reserved.", "footer")]
    [InlineData("Tags: Mali, Kidal, drones", "tags")]
    public void Page_furniture_is_recognised(string paragraph, string kind) =>
        Assert.Equal(kind, BoilerplateRules.Default.Classify(paragraph, inSecondHalf: false)?.Kind);

    [Theory]
    [InlineData("By Tuesday evening, the army said it had retaken the town.")]
    [InlineData("By then the fighters had left.")]
    [InlineData("Published reports said five soldiers died in the attack on Monday, the third such attack this month.")]
    [InlineData("Share prices fell sharply in Nairobi on Monday.")]
    [InlineData("More than 20 people were killed.")]
    [InlineData("Watch towers were built along the border in 2019.")]
    public void Article_sentences_are_not_furniture(string paragraph) =>
        Assert.Null(BoilerplateRules.Default.Classify(paragraph, inSecondHalf: true));
}
