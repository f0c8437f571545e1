using System.Globalization;
using ConflictAtlas.Core.Geo;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Tests.Support;

/// <summary>Short invented reports run through the real stages, up to the mentions or through detection.</summary>
public static class Reports
{
    /// <summary>The publication day the test reports carry unless they say otherwise (a Monday).</summary>
    public const string Published = "2025-03-10";

    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline Standard = PipelineDefaults.Create();

    private static readonly global::ConflictAtlas.Core.Pipeline.Pipeline UpToPlaces = MentionStages(InMemoryGazetteer.Supplement).Build();

    /// <summary>The standard stages before detection (read, segment, dates, numbers, countries, actors, places) over <paramref name="gazetteer"/>.</summary>
    public static PipelineBuilder MentionStages(IGazetteer gazetteer)
    {
        var builder = new PipelineBuilder();
        foreach (var stage in PipelineDefaults.Create(gazetteer).Stages.Where(s => s.Name != "detect"))
        {
            builder.Add(stage);
        }

        return builder;
    }

    /// <summary>A new document published on <paramref name="published"/> (midnight UTC).</summary>
    public static Document New(string text, string published = Published) =>
        Document.Create(text, new ArticleMetadata { Published = DateTimeOffset.Parse(published + "T00:00:00Z", CultureInfo.InvariantCulture) });

    /// <summary>The report through every standard stage, events included.</summary>
    public static Document Coded(string text, string published = Published) => Standard.Run(New(text, published));

    /// <summary>The report with its sentences, tokens and mentions, not yet read for events.</summary>
    public static Document Mentioned(string text, string published = Published) => UpToPlaces.Run(New(text, published));

    /// <summary>The text each mention covers.</summary>
    public static List<string> Texts<T>(this Document document, IEnumerable<Mention<T>> mentions)
        where T : notnull =>
        [.. mentions.Select(m => document.TextOf(m.Span))];
}
