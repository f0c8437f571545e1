using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, Annotations requires, Annotations produces, Func<Document, Document>? body = null) : IPipelineStage
    {
        public string Name => name;

        public Annotations Requires => requires;

        public Annotations Produces => produces;

        public Document Process(Document document, CancellationToken cancellationToken) => body?.Invoke(document) ?? document;
    }

    [Fact]
    public void Stage_whose_input_no_earlier_stage_produces_is_refused_at_build()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("read", Annotations.Raw, Annotations.Text))
            .Add(new FakeStage("detect", Annotations.Sentences, Annotations.Events));
        var ex = Assert.Throws<PipelineConfigurationException>(() => builder.Build());
        Assert.Contains("detect", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Sentences", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stages_in_dependency_order_build()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("read", Annotations.Raw, Annotations.Text))
            .Add(new FakeStage("segment", Annotations.Text, Annotations.Sentences))
            .Add(new FakeStage("detect", Annotations.Sentences, Annotations.Events))
            .Build();
        Assert.Equal(["read", "segment", "detect"], pipeline.Stages.Select(s => s.Name));
        Assert.True(pipeline.Produces.HasFlag(Annotations.Events));
    }

    [Fact]
    public void Order_matters_a_consumer_before_its_producer_is_refused()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("segment", Annotations.Text, Annotations.Sentences))
            .Add(new FakeStage("read", Annotations.Raw, Annotations.Text));
        Assert.Throws<PipelineConfigurationException>(() => builder.Build());
    }

    [Fact]
    public void Two_stages_with_one_name_are_refused()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("read", Annotations.Raw, Annotations.Text))
            .Add(new FakeStage("read", Annotations.Raw, Annotations.Text));
        Assert.Throws<PipelineConfigurationException>(() => builder.Build());
    }

    [Fact]
    public void A_failing_stage_is_named_in_the_error()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("read", Annotations.Raw, Annotations.Text, _ => throw new InvalidOperationException("boom")))
            .Build();
        var document = Document.Create("text");
        var ex = Assert.Throws<PipelineStageException>(() => pipeline.Run(document));
        Assert.Equal("read", ex.Stage);
        Assert.Equal(document.Id, ex.DocumentId);
    }

    [Fact]
    public void The_standard_pipeline_builds_and_produces_events() =>
        Assert.True(PipelineDefaults.Create().Produces.HasFlag(Annotations.Events));
}
