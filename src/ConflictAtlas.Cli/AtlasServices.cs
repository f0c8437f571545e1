using ConflictAtlas.Core.Pipeline;

namespace ConflictAtlas.Cli;

/// <summary>Long-lived services the commands share, built once on first use.</summary>
public static class AtlasServices
{
    private static readonly Lazy<Pipeline> LazyPipeline = new(() => PipelineDefaults.Create(GazetteerLocator.Open(Console.Error)));

    public static Pipeline Pipeline => LazyPipeline.Value;
}
