namespace ConflictAtlas.Core.Text;

/// <summary>What is known about a report apart from its text.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }

    /// <summary>Publication time; relative dates ("on Sunday") are resolved against it.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the report was read (fetched, or the ingest started); a report with no publication date was
    /// published before it. Null means now.</summary>
    public DateTimeOffset? Retrieved { get; init; }

    /// <summary>ISO 639-1 code ("en", "fr", "ar") or null when unknown.</summary>
    public string? Language { get; init; }

    public string? Url { get; init; }

    /// <summary>The page's own canonical URL (link rel=canonical, og:url), which may differ from where it was fetched.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The outlet or site name, or the input path for local files.</summary>
    public string? Source { get; init; }

    public string? Author { get; init; }

    public static ArticleMetadata Empty { get; } = new();
}
