using System.Globalization;
using ConflictAtlas.Storage.Review;
using Dapper;

namespace ConflictAtlas.Storage.Sql;

/// <summary>Comments and their moderation. The email column is written here and read nowhere.</summary>
public abstract partial class SqlEventStore
{
    private const string CommentColumns = "id, canonical_id, author, body, status, at";

    public async Task<Comment> AddCommentAsync(NewComment comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comment);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await connection.ExecuteScalarAsync<long?>("select id from canonical_events where id = @EventId", new { comment.EventId }).ConfigureAwait(false) is null)
        {
            throw new StoreException($"there is no event {comment.EventId}");
        }

        var now = Now();
        var id = await connection.ExecuteScalarAsync<long>(
            "insert into comments (canonical_id, author, email, body, status, at) values (@EventId, @Name, @Email, @Body, @Status, @now) returning id",
            new { comment.EventId, comment.Name, comment.Email, comment.Body, comment.Status, now }).ConfigureAwait(false);
        return new Comment(id, comment.EventId, comment.Name, comment.Body, comment.Status, DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
    }

    public async Task<IReadOnlyList<Comment>> CommentsAsync(long eventId, string status, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return ToComments(await connection.QueryAsync(
            $"select {CommentColumns} from comments where canonical_id = @eventId and status = @status order by id", new { eventId, status }).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<Comment>> CommentsByStatusAsync(string status, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return ToComments(await connection.QueryAsync($"select {CommentColumns} from comments where status = @status order by id", new { status }).ConfigureAwait(false));
    }

    public async Task<bool> ModerateCommentAsync(long commentId, string status, CancellationToken cancellationToken = default)
    {
        if (status is not (CommentStatuses.Published or CommentStatuses.Rejected))
        {
            throw new StoreException($"a comment can be published or rejected, not '{status}'");
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(
            "update comments set status = @status where id = @commentId and status = @pending",
            new { commentId, status, pending = CommentStatuses.Pending }).ConfigureAwait(false) == 1;
    }

    private static IReadOnlyList<Comment> ToComments(IEnumerable<dynamic> rows) =>
        [.. rows.Cast<IDictionary<string, object>>().Select(r => new Comment(
            Long(r["id"]), Long(r["canonical_id"]), (string)r["author"], (string)r["body"], (string)r["status"],
            DateTimeOffset.Parse((string)r["at"], CultureInfo.InvariantCulture)))];
}
