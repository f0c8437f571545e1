namespace ConflictAtlas.Storage;

/// <summary>
/// The event store: documents, event atoms (one per event found in one document), canonical events (the merged
/// view, with their sources), append-only revisions, reviews and comments. Every write of a document (or of a batch
/// of documents) is one transaction, and a document's SHA-256 is unique, so a crash loses at most the batch being
/// written, and running the same ingest again stores it.
/// Accounts, review actions and comments are in the interfaces it extends.
/// </summary>
public interface IEventStore : IAccountStore, IReviewStore, ICommentStore, IAsyncDisposable
{
    /// <summary>Where the store lives, for messages (a file path or host/database).</summary>
    string Description { get; }

    Task<bool> HasDocumentAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>Stores a document and its atoms and merges each atom into a canonical event, in one transaction.</summary>
    Task<SaveResult> SaveDocumentAsync(DocumentToStore document, CancellationToken cancellationToken = default);

    /// <summary>Stores several documents in one transaction, each as <see cref="SaveDocumentAsync"/> would and in order
    /// (a later document merges with an earlier one's events). All are stored or, on a failure, none.</summary>
    Task<IReadOnlyList<SaveResult>> SaveDocumentsAsync(IReadOnlyList<DocumentToStore> documents, CancellationToken cancellationToken = default);

    /// <summary>The latest version of every stored report (one per address), in the order they were stored, read a page
    /// at a time.</summary>
    IAsyncEnumerable<StoredDocument> CurrentDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored report's event atoms with a new coding of the same text, in one transaction: when the
    /// atoms differ, the old ones are kept as superseded (their events recomputed, with a "recode" revision) and the new
    /// ones merged as at ingest; when they are the same, nothing is written.</summary>
    Task<RecodeResult> RecodeDocumentAsync(long documentId, IReadOnlyList<AtomToStore> atoms, CancellationToken cancellationToken = default);

    /// <summary>Every event matching the filter, oldest first.</summary>
    Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>One page of the events matching the filter in the given order (ties by id, in the same direction), and
    /// their number counted up to <paramref name="countLimit"/>.</summary>
    Task<EventSearchResult> SearchEventsAsync(EventFilter filter, EventSort sort, int offset, int limit, int countLimit, CancellationToken cancellationToken = default);

    /// <summary>The events matching the filter in the given order (ties by id), from <paramref name="offset"/> and at
    /// most <paramref name="limit"/> of them (<see cref="int.MaxValue"/>: all), read from the store a batch at a time
    /// as they are consumed, so memory does not grow with the number of matches (the exports).</summary>
    IAsyncEnumerable<StoredEvent> StreamEventsAsync(EventFilter filter, EventSort sort, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Events and fatalities of the events matching the filter, per week, country and event type.</summary>
    Task<EventAggregates> AggregateAsync(EventFilter filter, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="AggregateAsync(EventFilter, CancellationToken)"/>, over at most the newest
    /// <paramref name="eventLimit"/> matching events (by date, then id); the result says whether more matched.
    /// Zero means no limit.</summary>
    Task<EventAggregates> AggregateAsync(EventFilter filter, int eventLimit, CancellationToken cancellationToken = default);

    Task<StoredEvent?> GetEventAsync(long eventId, CancellationToken cancellationToken = default);

    /// <summary>Takes one source out of an event into a new event of its own; returns the new event's id.</summary>
    Task<long> SplitAsync(long eventId, long atomId, string who, string why, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Revision>> RevisionsAsync(long eventId, CancellationToken cancellationToken = default);

    /// <summary>One stored report with its cleaned text, or null when there is no document with that id.</summary>
    Task<StoredDocument?> GetDocumentAsync(long documentId, CancellationToken cancellationToken = default);

    /// <summary>The canonical events the reports (atoms) of one document belong to, in atom order.</summary>
    Task<IReadOnlyList<long>> EventIdsOfDocumentAsync(long documentId, CancellationToken cancellationToken = default);

    Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default);
}
