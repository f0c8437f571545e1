namespace ConflictAtlas.Core.Sources;

/// <summary>An input that cannot be read as a report: missing, unreadable, binary, empty or too large.</summary>
public sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
