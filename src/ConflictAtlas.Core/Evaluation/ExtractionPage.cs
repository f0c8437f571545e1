namespace ConflictAtlas.Core.Evaluation;

/// <summary>One page of an extraction benchmark: its id, original URL, gzipped or plain HTML file, and gold body text.</summary>
public sealed record ExtractionPage(string Id, string? Url, string HtmlPath, string GoldText);
