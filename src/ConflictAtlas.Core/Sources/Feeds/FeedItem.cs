namespace ConflictAtlas.Core.Sources.Feeds;

/// <summary>One entry of an RSS or Atom feed: its link, what the feed says about it, and any content it carries.</summary>
public sealed record FeedItem(Uri? Link, string? Title, DateTimeOffset? Published, string? Author, string? ContentHtml, string? Language);
