using ConflictAtlas.Core.Stages.Clean;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Reading;

public sealed class HtmlReadingTests
{
    private static Document Read(string html, string? url = null) =>
        new ArticleTextStage().Process(Document.Create(html, new ArticleMetadata { Url = url }, isHtml: true), CancellationToken.None);

    private const string Body = """
        <p>Gunmen killed five people in the town of Djibo on Sunday, residents said. The attackers arrived on motorbikes at dawn.</p>
        <p>The army said it had sent reinforcements to the area after the attack, which was the third in the province this month.</p>
        <p>No group has claimed responsibility for the killings, which local officials blamed on jihadist fighters.</p>
        """;

    [Fact]
    public void Metadata_comes_from_meta_tags_and_json_ld()
    {
        var doc = Read($$$"""
            <html lang="fr-FR"><head><title>Attaque à Djibo | Le Sahélien</title>
            <meta property="og:site_name" content="Le Sahélien"><link rel="canonical" href="/2024/12/01/attaque-djibo">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Attaque à Djibo","datePublished":"2024-12-01T09:30:00+01:00","author":{"@type":"Person","name":"Awa Ouédraogo"}}]}</script>
            </head><body><article><h1>Attaque à Djibo</h1>{{{Body}}}</article></body></html>
            """, "https://sahelien.example/news?id=1");
        var m = doc.Metadata;
        Assert.Equal(new DateTimeOffset(2024, 12, 1, 9, 30, 0, TimeSpan.FromHours(1)), m.Published);
        Assert.Equal("Awa Ouédraogo", m.Author);
        Assert.Equal("Le Sahélien", m.Source);
        Assert.Equal("https://sahelien.example/news?id=1", m.Url);
        Assert.Equal("https://sahelien.example/2024/12/01/attaque-djibo", m.CanonicalUrl);
        Assert.Equal("fr", m.Language);
    }

    [Fact]
    public void Date_falls_back_to_a_time_element_then_the_url()
    {
        var withTime = Read($"<html><head><title>T</title></head><body><article><time datetime=\"2024-11-30T18:00:00Z\">Saturday</time>{Body}</article></body></html>");
        Assert.Equal(new DateTimeOffset(2024, 11, 30, 18, 0, 0, TimeSpan.Zero), withTime.Metadata.Published);
        var fromUrl = Read($"<html><head><title>T</title></head><body><article>{Body}</article></body></html>", "https://news.example/world/2024/11/29/djibo-attack.html");
        Assert.Equal(new DateTimeOffset(2024, 11, 29, 0, 0, 0, TimeSpan.Zero), fromUrl.Metadata.Published);
    }

    [Fact]
    public void A_placeholder_date_in_the_metadata_gives_way_to_the_date_shown_on_the_page()
    {
        var doc = Read($$$"""
            <html><head><title>T</title>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
            </head><body><div class="story-publish-date">Posted 9:05 PM EST Nov 19, 2019</div><article>{{{Body}}}</article></body></html>
            """);
        Assert.Equal(new DateTimeOffset(2019, 11, 19, 0, 0, 0, TimeSpan.Zero), doc.Metadata.Published);
    }

    [Fact]
    public void A_placeholder_date_alone_leaves_the_page_undated()
    {
        var doc = Read($$$"""
            <html><head><title>T</title><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head>
            <body><article>{{{Body}}}</article></body></html>
            """);
        Assert.Null(doc.Metadata.Published);
    }

    [Theory]
    [InlineData("BAMAKO, Dec 1, 2024 (Reuters) - Malian drones struck a rebel meeting in the north, the army said.", 2024, 12, 1)]
    [InlineData("NAIROBI, March 3, 2025 - Police fired tear gas at protesters in the capital on Monday.", 2025, 3, 3)]
    [InlineData("BAMAKO, 1 déc. 2024 (AFP) - Des frappes de drones ont visé une réunion de rebelles.", 2024, 12, 1)]
    public void Date_falls_back_to_a_dateline(string firstParagraph, int y, int m, int d)
    {
        var doc = new ArticleTextStage().Process(Document.Create($"Headline of the story\n\n{firstParagraph}\n\nMore text follows here."), CancellationToken.None);
        Assert.Equal(new DateTimeOffset(y, m, d, 0, 0, 0, TimeSpan.Zero), doc.Metadata.Published);
    }

    [Fact]
    public void A_dateline_without_a_year_gives_no_date() =>
        Assert.Null(Dateline.TryRead("BAMAKO, Dec 1 (Reuters) - Text.", referenceYear: null));

    [Fact]
    public void Arabic_page_language_comes_from_the_text_when_undeclared()
    {
        var doc = Read("""
            <html><head><title>هجوم في مالي</title></head><body><article>
            <p>قال الجيش المالي يوم الأحد إن طائرات مسيرة قصفت اجتماعا لقادة المتمردين في بلدة تينزاواتين شمال البلاد قرب الحدود الجزائرية.</p>
            <p>وأضاف البيان أن ثمانية من القادة قتلوا في الهجوم، فيما لم يصدر أي تعليق من الجماعات المسلحة حتى الآن.</p>
            </article></body></html>
            """);
        Assert.Equal("ar", doc.Metadata.Language);
    }

    [Fact]
    public void Removed_caption_keeps_the_span_of_its_outer_html_in_the_raw_page()
    {
        var html = $"""
            <html><head><title>Gunmen kill five in Djibo</title></head><body><article><h1>Gunmen kill five in Djibo</h1>
            {Body}
            <figure><img src="a.jpg"><figcaption>A street in Djibo in 2019. REUTERS/Staff</figcaption></figure>
            <p>Residents said many families had fled towards Ouahigouya since the start of the year, fearing more attacks.</p>
            </article></body></html>
            """;
        var doc = Read(html);
        var caption = Assert.Single(doc.Removed, r => r.Kind == "caption" && r.Text.Contains("A street in Djibo", StringComparison.Ordinal));
        Assert.NotNull(caption.RawSpan);
        var outer = caption.RawSpan!.Value.Of(doc.RawText);
        Assert.StartsWith("<fig", outer, StringComparison.Ordinal);
        Assert.EndsWith("</figure>", outer, StringComparison.Ordinal);
        Assert.DoesNotContain("A street in Djibo", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_newsletter_and_comment_widgets_are_removed_from_html()
    {
        var doc = Read($"""
            <html><head><title>Gunmen kill five in Djibo</title></head><body><article><h1>Gunmen kill five in Djibo</h1>
            {Body}
            <p>Share this article: Facebook Twitter WhatsApp</p>
            <p>Sign up for our daily newsletter to get the news in your inbox.</p>
            <p>Residents said many families had fled towards Ouahigouya since the start of the year, fearing more attacks.</p>
            <h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
            </article></body></html>
            """);
        Assert.DoesNotContain("Share this", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Reply", doc.Text, StringComparison.Ordinal);
        Assert.Contains("fled towards Ouahigouya", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Kind == "share");
        Assert.Contains(doc.Removed, r => r.Kind == "newsletter");
        Assert.Contains(doc.Removed, r => r.Kind == "comments" && r.RawSpan is not null && r.RawSpan.Value.Of(doc.RawText).StartsWith("<h3>Leave", StringComparison.Ordinal));
    }

    [Fact]
    public void Inline_text_beside_links_is_kept()
    {
        var doc = Read($"""
            <html><head><title>T</title></head><body><article>{Body}
            <div>The mayor of <a href="/djibo">Djibo</a> asked for more troops, saying the town was <b>surrounded</b> by fighters.</div>
            </article></body></html>
            """);
        Assert.Contains("The mayor of Djibo asked for more troops, saying the town was surrounded by fighters.", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" class=\"header-spacing sidebar-open\"")]
    public void Loose_text_in_divs_is_read_even_when_the_root_carries_furniture_class_names(string rootAttributes)
    {
        var doc = Read($"""
            <html{rootAttributes}><head><title>Djibo attack</title></head><body>
            <div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>
            <div class="story"><div class="story-body">
              Gunmen killed five people in the town of Djibo on Sunday, residents said, and set fire to the market.
              <div class="ad"></div>
              The army said it had sent <b>reinforcements</b> to the area after the attack, the third in the province this month.
              <div>No group has claimed responsibility for the killings, which local officials blamed on jihadist fighters.</div>
            </div></div>
            </body></html>
            """);
        Assert.Contains("Gunmen killed five people in the town of Djibo on Sunday", doc.Text, StringComparison.Ordinal);
        Assert.Contains("The army said it had sent reinforcements to the area", doc.Text, StringComparison.Ordinal);
        Assert.Contains("No group has claimed responsibility", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("World", doc.Text, StringComparison.Ordinal);
    }
}
