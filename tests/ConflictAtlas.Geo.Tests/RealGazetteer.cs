using ConflictAtlas.Cli;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Storage.Gazetteer;

namespace ConflictAtlas.Geo.Tests;

/// <summary>The gazetteer built by scripts/build-gazetteer.sh (./test runs it through scripts/setup.sh).</summary>
public static class RealGazetteer
{
    private static readonly Lazy<(IGazetteer Gazetteer, Pipeline Pipeline)> Loaded = new(() =>
    {
        var path = GazetteerLocator.ResolvePath();
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"no gazetteer at {path}: run scripts/build-gazetteer.sh (./test does)");
        }

        var gazetteer = new CompositeGazetteer(InMemoryGazetteer.Supplement, SqliteGazetteer.Open(path));
        return (gazetteer, PipelineDefaults.Create(gazetteer));
    });

    public static IGazetteer Gazetteer => Loaded.Value.Gazetteer;

    public static Pipeline Pipeline => Loaded.Value.Pipeline;
}
