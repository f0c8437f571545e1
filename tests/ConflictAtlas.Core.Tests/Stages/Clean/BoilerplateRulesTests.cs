using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Core.Tests.Stages.Clean;

public sealed class BoilerplateRulesTests
{
    [Theory]
    [InlineData("Herders wait at a dry well near the town (Image: STOCK )", "caption")]
    [InlineData("Image 1 of 5", "caption")]
    [InlineData("© Moussa Keita", "caption")]
    [InlineData("| UPDATED: 09:40, Wed, Mar 5, 2025", "byline")]
    [InlineData("By Fatou Ndiaye - 03/04/25 08:12 PM GMT", "byline")]
    [InlineData("Advertisement", "related")]
    [InlineData("SUBSCRIBE", "widget")]
    [InlineData("Par Awa Ouédraogo", "byline")]
    [InlineData("DON'T MISS", "related")]
    [InlineData("SEE MORE: Niger floods: 300 families moved to higher ground", "related")]
    [InlineData("The contents of this site are ©2019 Example Corp. All rights reserved.", "footer")]
    [InlineData("Tags: Mali, Kidal, drones", "tags")]
    [InlineData("March 3, 2024 at 7:15 am", "date")]
    [InlineData("Updated: 04.03.2024, 18:40", "date")]
    [InlineData("12 mars 2024 à 09h30", "date")]
    [InlineData("Image 2 of / 7", "caption")]
    [InlineData("Fighters gather near the river crossing. (Photo by Jane Doe/Sahel Wire)", "caption")]
    [InlineData("(Reporting by Amina Diallo; Editing by Paul Grant)", "credit")]
    [InlineData("Omar Sy in Niamey contributed to this report.", "credit")]
    [InlineData("Write to Jane Doe at jane.doe@example.com", "contact")]
    [InlineData("Have a story idea? John Roe may be reached at jroe@example.com.", "contact")]
    [InlineData("Want more stories like this?", "newsletter")]
    [InlineData("Sign up for the Morning Brief to get the newsletter in your inbox.", "newsletter")]
    [InlineData("Continue Reading Below", "widget")]
    [InlineData("Aid convoy stopped at the border [VIDEO]", "related")]
    [InlineData("Related coverage from Our Desk: Sahel:", "related")]
    [InlineData("Copyright ⓒ Example Daily. All reproduction prohibited", "footer")]
    public void Page_furniture_is_recognised(string paragraph, string kind) =>
        Assert.Equal(kind, BoilerplateRules.Default.Classify(paragraph, inSecondHalf: false)?.Kind);

    [Theory]
    [InlineData("By Tuesday evening, the army said it had retaken the town.")]
    [InlineData("By then the fighters had left.")]
    [InlineData("Published reports said five soldiers died in the attack on Monday, the third such attack this month.")]
    [InlineData("Share prices fell sharply in Nairobi on Monday.")]
    [InlineData("More than 20 people were killed.")]
    [InlineData("Watch towers were built along the border in 2019.")]
    [InlineData("On March 3, 2024, soldiers entered the town at 7:15 am.")]
    [InlineData("Reporting by local journalists was restricted, the ministry said.")]
    [InlineData("You can sign up for the programme at any district office.")]
    [InlineData("The UN said [the group] had withdrawn.")]
    public void Article_sentences_are_not_furniture(string paragraph) =>
        Assert.Null(BoilerplateRules.Default.Classify(paragraph, inSecondHalf: true));
}
