using System.Text.Json.Nodes;

namespace ConflictAtlas.Server.Api.Contracts;

/// <summary>One event with everything behind it: the reconciled record (with every fatality claim), each source
/// with its text and evidence spans, the event's revisions, its review state and its published comments.</summary>
public sealed record EventDetail(
    long Id, string Status, DateTimeOffset UpdatedAt, JsonObject Record, IReadOnlyList<SourceDetail> Sources, IReadOnlyList<RevisionDetail> Revisions,
    string ReviewState, IReadOnlyList<CommentDetail> Comments);
