using ConflictAtlas.Core.Stages.Clean;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Stages.Clean;

public sealed class ArticleTextStageTests
{
    private static Document Clean(string raw, bool html = false) =>
        new ArticleTextStage().Process(Document.Create(raw, null, html), CancellationToken.None);

    [Fact]
    public void Wire_photo_caption_is_removed_and_kept_aside()
    {
        var doc = Clean("Title of the story\n\nFirst paragraph of the story.\n\nTroops on patrol near a market. AFP/Staff (MALI - Tags: CONFLICT)\n\nLast paragraph.");
        Assert.DoesNotContain("Troops on patrol", doc.Text, StringComparison.Ordinal);
        var removed = Assert.Single(doc.Removed);
        Assert.Equal("caption", removed.Kind);
        Assert.Equal(removed.Text, removed.RawSpan!.Value.Of(doc.RawText));
    }

    [Fact]
    public void Comment_section_and_everything_after_it_is_removed()
    {
        var doc = Clean("Headline\n\nBody one.\n\nBody two.\n\nBody three.\n\n2 Comments\n\nGreat article!\n\nLeave a Reply\n\nYour email address will not be published.");
        Assert.Equal("Headline\n\nBody one.\n\nBody two.\n\nBody three.", doc.Text);
        Assert.All(doc.Removed, r => Assert.Equal("comments", r.Kind));
        Assert.Equal(4, doc.Removed.Length);
    }

    [Fact]
    public void A_short_comments_word_early_in_the_text_is_not_a_comment_section()
    {
        var doc = Clean("Headline\n\nComments\n\nBody one.\n\nBody two.\n\nBody three.");
        Assert.Contains("Body three.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_headline_is_removed_once()
    {
        var doc = Clean("Army retakes town\n\nArmy retakes town\n\nThe army said on Monday it had retaken the town.");
        Assert.Equal("Army retakes town\n\nThe army said on Monday it had retaken the town.", doc.Text);
        Assert.Equal("duplicate-headline", Assert.Single(doc.Removed).Kind);
        Assert.Equal("Army retakes town", doc.Metadata.Title);
    }

    [Fact]
    public void Related_story_teasers_are_removed()
    {
        var doc = Clean("Headline\n\nBody one.\n\nRead more: Ten killed in another attack\n\nBody two.");
        Assert.DoesNotContain("Ten killed", doc.Text, StringComparison.Ordinal);
        Assert.Equal("related", Assert.Single(doc.Removed).Kind);
    }

    [Fact]
    public void Html_figure_caption_is_dropped_and_title_comes_first()
    {
        const string html = """
            <!doctype html><html lang="en"><head><title>Gunmen kill five in Djibo</title></head><body>
            <article><h1>Gunmen kill five in Djibo</h1>
            <p>Gunmen killed five people in the town of Djibo on Sunday, residents said. The attackers arrived on motorbikes.</p>
            <figure><img src="a.jpg"><figcaption>A street in Djibo in 2019. Photo: File</figcaption></figure>
            <p>The army said it had sent reinforcements to the area after the attack, which was the third this month.</p>
            </article></body></html>
            """;
        var doc = Clean(html, html: true);
        Assert.StartsWith("Gunmen kill five in Djibo", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("A street in Djibo", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "caption");
        Assert.Contains("reinforcements", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_that_is_only_the_page_address_is_removed()
    {
        const string raw = "Headline\n\nhttps://news.example.org/2024/03/attack-on-market\n\nBody one.\n\nSee https://other.example.org/report for the full report.";
        var doc = new ArticleTextStage().Process(
            Document.Create(raw, new ArticleMetadata { Url = "http://news.example.org/2024/03/attack-on-market/" }, isHtml: false),
            CancellationToken.None);
        Assert.DoesNotContain("news.example.org", doc.Text, StringComparison.Ordinal);
        Assert.Contains("other.example.org", doc.Text, StringComparison.Ordinal);
        Assert.Equal("url", Assert.Single(doc.Removed).Kind);
    }

    [Fact]
    public void A_note_about_the_writer_at_the_end_is_removed()
    {
        const string raw = "Headline\n\nGunmen attacked a convoy near the border on Monday, officials said.\n\n"
            + "The army said it had sent reinforcements.\n\nJane Roe and her team reached the area two days later.\n\n"
            + "Roe Logistics Group runs the convoys.\n\nJane Roe is a correspondent based in Dakar. She has covered the Sahel since 2015.";
        var doc = new ArticleTextStage().Process(
            Document.Create(raw, new ArticleMetadata { Author = "Jane Roe" }, isHtml: false),
            CancellationToken.None);
        Assert.DoesNotContain("correspondent based in Dakar", doc.Text, StringComparison.Ordinal);
        Assert.Equal("author-note", Assert.Single(doc.Removed).Kind);
        Assert.Contains("Jane Roe and her team", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Roe Logistics Group", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_as_author_removes_nothing()
    {
        const string raw = "Headline\n\nThe agency said on Monday that the road was closed.\n\nThe agency said it would reopen it.";
        var doc = new ArticleTextStage().Process(
            Document.Create(raw, new ArticleMetadata { Author = "The Associated Press" }, isHtml: false),
            CancellationToken.None);
        Assert.Empty(doc.Removed);
    }

    [Fact]
    public void An_embedded_post_inside_the_body_is_kept_as_a_paragraph()
    {
        const string html = """
            <!doctype html><html lang="en"><head><title>Protest in Niamey</title></head><body>
            <article><h1>Protest in Niamey</h1>
            <p>Thousands of people marched through Niamey on Saturday to demand the release of detained activists, witnesses said.</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Crowds are gathering at the central square
            <a href="https://t.example/abc">https://t.example/abc</a></p>— Local Reporter (@localreporter)
            <a href="https://x.example/status/1">March 2, 2024</a></blockquote></div>
            <p>Police used tear gas to disperse the marchers near the parliament building, according to several witnesses.</p>
            <p>The organisers, a coalition of civil society groups, said the march had been announced to the authorities a week
            in advance and that the route had been agreed with the city council, which did not respond to questions.</p>
            <p>The interior ministry said in a statement on Sunday that twelve people had been arrested for damaging public property
            and that two police officers had been lightly injured by stones thrown by the crowd near the parliament building.</p>
            </article></body></html>
            """;
        var doc = Clean(html, html: true);
        Assert.Contains("Crowds are gathering at the central square", doc.Text, StringComparison.Ordinal);
        Assert.Contains("tear gas", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<h2 class=\"promo\">Residents fled as the fighting reached the market.</h2>", false)]
    [InlineData("<div class=\"article-dek\">Residents fled as the fighting reached the market.</div>", false)]
    [InlineData("<p>Residents fled as the fighting reached the market.</p>", true)]
    public void A_summary_repeating_the_meta_description_is_a_standfirst(string lead, bool kept)
    {
        var html = $$"""
            <!doctype html><html lang="en"><head><title>Clashes in Gao</title>
            <meta name="description" content="Residents fled as the fighting reached the market."></head><body>
            <article><h1>Clashes in Gao</h1>{{lead}}
            <p>Fighting broke out in the northern town of Gao on Sunday between the army and an armed group, residents said.</p>
            <p>The army said it had sent reinforcements to the area after the attack, the third in the town this month.</p>
            </article></body></html>
            """;
        var doc = Clean(html, html: true);
        Assert.Equal(kept, doc.Text.Contains("Residents fled", StringComparison.Ordinal));
        Assert.Equal(!kept, doc.Removed.Any(r => r.Kind == "standfirst"));
        Assert.Contains("reinforcements", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The army said on Monday that soldiers had been sent to the region after the attack on the market.", "en")]
    [InlineData("L'armée a annoncé lundi que des soldats avaient été envoyés dans la région après l'attaque du marché.", "fr")]
    [InlineData("قال الجيش يوم الاثنين إن جنودا أرسلوا إلى المنطقة بعد الهجوم على السوق", "ar")]
    public void Language_is_detected(string text, string expected) =>
        Assert.Equal(expected, Clean(text).Metadata.Language);
}
