using System.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary>Where a new password comes from: <c>$ATLAS_PASSWORD</c> (for scripts), else the first line of standard
/// input, typed without echo on a terminal. Never from the command line, where other users could see it.</summary>
public static class PasswordInput
{
    public const string EnvironmentVariable = "ATLAS_PASSWORD";

    public static string? Read(TextWriter prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        prompt.Write("password: ");
        prompt.Flush();
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        prompt.WriteLine();
        return typed.ToString();
    }
}
