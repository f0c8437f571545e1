namespace ConflictAtlas.Core.Sources;

/// <summary>
/// One article read from an input, or why it could not be read. <see cref="Input"/> is the input exactly as the
/// user gave it (a folder's file is named by its own path; a feed's items keep the feed's input).
/// </summary>
public sealed record InputOutcome(string Input, RawArticle? Article, string? Error)
{
    public static InputOutcome Ok(string input, RawArticle article) => new(input, article, null);

    public static InputOutcome Failed(string input, string error) => new(input, null, error);
}
