using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Text;

public sealed class DocumentTests
{
    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Standard = PipelineDefaults.Create();

    [Fact]
    public void Document_id_depends_on_origin_and_text()
    {
        var a = Document.Create("Gunmen attacked a village.", new ArticleMetadata { Url = "https://a.example/1" });
        var b = Document.Create("Gunmen attacked a village.", new ArticleMetadata { Url = "https://a.example/2" });
        var c = Document.Create("Gunmen attacked a village.", new ArticleMetadata { Url = "https://a.example/1" });
        Assert.NotEqual(a.Id, b.Id);
        Assert.Equal(a.Id, c.Id);
    }

    [Fact]
    public void Stages_return_new_documents_and_leave_the_input_unchanged()
    {
        var input = Document.Create("Headline here\n\nSoldiers clashed with rebels in the town of Kidal on 3 March 2025.");
        var output = Standard.Run(input);
        Assert.Empty(input.Sentences);
        Assert.Empty(input.MentionSpans);
        Assert.Empty(input.Tokens);
        Assert.NotEmpty(output.Sentences);
        Assert.NotSame(input, output);
    }

    [SharedFact(SeedTests.Needs)]
    public void Every_span_of_the_seed_points_at_its_text()
    {
        var document = Standard.Run(Document.Create(File.ReadAllText(Repo.SeedPath)));
        Assert.NotEmpty(document.Sentences);
        Assert.NotEmpty(document.MentionSpans);
        Assert.NotEmpty(document.Tokens);
        foreach (var sentence in document.Sentences)
        {
            SpanAssert.InText(document.Text, sentence.Span);
        }

        foreach (var span in document.MentionSpans.Concat(document.Tokens.Select(t => t.Span)))
        {
            SpanAssert.InText(document.Text, span);
        }

        foreach (var e in document.Events)
        {
            foreach (var span in e.Class.Spans.Concat(e.Trigger.Spans).Concat(e.Actor1!.Spans).Concat(e.Actor2!.Spans)
                         .Concat(e.Place!.Spans).Concat(e.Date!.Spans).Concat(e.Fatalities!.Spans))
            {
                SpanAssert.InText(document.Text, span);
            }
        }

        foreach (var removed in document.Removed)
        {
            Assert.NotNull(removed.RawSpan);
            Assert.Equal(removed.Text, global::ConflictAtlas.Core.Stages.Clean.PlainTextReader.CollapseWhitespace(removed.RawSpan!.Value.Of(document.RawText)));
        }
    }
}
