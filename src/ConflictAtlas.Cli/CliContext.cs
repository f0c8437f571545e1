namespace ConflictAtlas.Cli;

/// <summary>Where a command writes: standard output for results, standard error for errors and progress.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Exit code for bad input (missing, unreadable or binary file).</summary>
    public const int InputError = 2;

    public int Fail(string message)
    {
        Error.WriteLine("error: " + message);
        return InputError;
    }
}
