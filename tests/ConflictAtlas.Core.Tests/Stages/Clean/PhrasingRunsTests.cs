using AngleSharp.Html.Parser;
using ConflictAtlas.Core.Stages.Clean;

namespace ConflictAtlas.Core.Tests.Stages.Clean;

public sealed class PhrasingRunsTests
{
    private static string Wrapped(string body)
    {
        var document = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>");
        PhrasingRuns.Wrap(document);
        return document.Body!.InnerHtml;
    }

    [Fact]
    public void Loose_text_and_inline_elements_in_a_div_become_one_paragraph_per_run()
    {
        var html = Wrapped("<div> Posted <b>Monday</b> by the desk <ul><li>one</li></ul>tail <a href=\"/x\">link</a> </div>");
        Assert.Equal("<div><p> Posted <b>Monday</b> by the desk </p><ul><li>one</li></ul><p>tail <a href=\"/x\">link</a></p></div>", html);
    }

    [Fact]
    public void Runs_of_whitespace_only_are_dropped()
    {
        var html = Wrapped("<div>\n  <p>Text.</p>\n  \n  <p>More.</p>\n</div>");
        Assert.Equal("<div><p>Text.</p><p>More.</p></div>", html);
    }

    [Theory]
    [InlineData("<div>first line<br> <br>second line<p>x</p></div>")]
    [InlineData("<div>before <span>a<p>block inside</p></span> after</div>")]
    [InlineData("<div>text <script type=\"application/ld+json\">{}</script> more</div>")]
    [InlineData("<div>ends with a break<br><!-- note --><br>and goes on</div>")]
    public void Runs_the_reader_would_change_first_are_left_as_they_are(string body)
    {
        var original = new HtmlParser().ParseDocument("<html><body>" + body + "</body></html>").Body!.InnerHtml;
        Assert.Equal(original, Wrapped(body));
    }

    [Fact]
    public void Inline_elements_outside_a_div_are_not_touched()
    {
        Assert.Equal("<section>loose <em>text</em></section>", Wrapped("<section>loose <em>text</em></section>"));
    }
}
