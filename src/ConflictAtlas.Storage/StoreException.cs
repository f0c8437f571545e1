namespace ConflictAtlas.Storage;

/// <summary>A request the store cannot carry out (unknown event, bad connection string); the message is for users.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
