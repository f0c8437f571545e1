using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;

namespace ConflictAtlas.Cli;

/// <summary>Long-lived services the commands share, built once on first use.</summary>
public static class AtlasServices
{
    private static readonly Lazy<Pipeline> LazyPipeline = new(() => PipelineDefaults.Create(GazetteerLocator.Open(Console.Error)));

    public static Pipeline Pipeline => LazyPipeline.Value;

    /// <summary>The readers that turn an INPUT argument into reports (files and folders; add URL and feed sources here).</summary>
    public static ArticleSources Sources { get; } = ArticleSources.Default;
}
