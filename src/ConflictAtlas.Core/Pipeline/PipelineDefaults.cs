using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Stages.Clean;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Stages.Segment;

namespace ConflictAtlas.Core.Pipeline;

/// <summary>The standard per-document pipeline: read, segment, find mentions, detect and code events.</summary>
public static class PipelineDefaults
{
    public static PipelineBuilder UseStandardStages(this PipelineBuilder builder, IGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(gazetteer);
        return builder
            .Add(new ArticleTextStage())
            .Add(new SentenceStage())
            .Add(new DateStage())
            .Add(new NumberStage())
            .Add(new CountryStage())
            .Add(new ActorStage())
            .Add(new PlaceStage(gazetteer, CountryCatalog.Default))
            .Add(new EventDetectionStage());
    }

    /// <summary>The standard pipeline over the given gazetteer (the embedded supplement when none is given).</summary>
    public static Pipeline Create(IGazetteer? gazetteer = null) =>
        new PipelineBuilder().UseStandardStages(gazetteer ?? InMemoryGazetteer.Supplement).Build();
}
