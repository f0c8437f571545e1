namespace ConflictAtlas.Storage.Sql;

/// <summary>A part of a filter that a <see cref="SortedSource"/> can answer instead of a condition on the events.</summary>
public enum FilterPart
{
    None,
    Actor,
    Bbox,

    /// <summary>Candidates for the text (and the country): every event it yields that matches is among them, but each
    /// must still pass the dialect's check of the text (<c>TextCheck</c>) and the country's condition.</summary>
    TextCandidates,
}
