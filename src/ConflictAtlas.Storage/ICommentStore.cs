using ConflictAtlas.Storage.Review;

namespace ConflictAtlas.Storage;

/// <summary>Comments on events and their moderation.</summary>
public interface ICommentStore
{
    /// <summary>Stores a comment; throws <see cref="StoreException"/> when the event does not exist.</summary>
    Task<Comment> AddCommentAsync(NewComment comment, CancellationToken cancellationToken = default);

    /// <summary>The comments of one event with that status, oldest first.</summary>
    Task<IReadOnlyList<Comment>> CommentsAsync(long eventId, string status, CancellationToken cancellationToken = default);

    /// <summary>All comments with that status, oldest first (the moderation queue).</summary>
    Task<IReadOnlyList<Comment>> CommentsByStatusAsync(string status, CancellationToken cancellationToken = default);

    /// <summary>Moves a pending comment to published or rejected; false when there is no pending comment with that id.</summary>
    Task<bool> ModerateCommentAsync(long commentId, string status, CancellationToken cancellationToken = default);
}
