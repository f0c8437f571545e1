using System.Text.Json.Nodes;

namespace ConflictAtlas.Storage;

/// <summary>Reviewers' actions on canonical events. Each one appends a revision (who, when, what changed, why) and
/// sets the event's review state. Throws <see cref="StoreException"/> when the action does not apply (unknown or
/// inactive event, merging an event into itself).</summary>
public interface IReviewStore
{
    /// <summary>Sets the review state (confirmed or rejected) and records the action.</summary>
    Task SetReviewStateAsync(long eventId, string state, string action, string who, string why, CancellationToken cancellationToken = default);

    /// <summary>Overrides contract fields (already validated, see <c>ContractFields</c>); they stay applied when
    /// later reports are merged into the event. The state becomes corrected.</summary>
    Task CorrectAsync(long eventId, JsonObject fields, string who, string why, CancellationToken cancellationToken = default);

    /// <summary>Moves every source of <paramref name="otherId"/> into <paramref name="eventId"/>; the other event
    /// becomes merged (no longer listed) and both get a revision.</summary>
    Task MergeAsync(long eventId, long otherId, string who, string why, CancellationToken cancellationToken = default);
}
