namespace ConflictAtlas.Core.Sources;

/// <summary>Turns one user input (a file, a folder, a URL or a feed) into the articles it holds.</summary>
public interface IInputReader
{
    /// <summary>Every article the input holds, in order; a failure is an outcome with an error, never an exception.</summary>
    IAsyncEnumerable<InputOutcome> ReadAsync(string input, CancellationToken cancellationToken);
}
