namespace ConflictAtlas.Core.Sources.Feeds;

/// <summary>The items read from a feed, and why reading stopped early (broken XML, a bad item), if it did.</summary>
public sealed record FeedParseResult(IReadOnlyList<FeedItem> Items, IReadOnlyList<string> Problems);
