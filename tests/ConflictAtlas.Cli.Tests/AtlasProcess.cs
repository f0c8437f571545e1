using System.Diagnostics;

namespace ConflictAtlas.Cli.Tests;

/// <summary>Runs the built CLI as a real child process (<c>dotnet atlas.dll ...</c>).</summary>
public static class AtlasProcess
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "atlas.dll");

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static async Task<(int Code, string Out, string Err)> RunAsync(TimeSpan timeout, params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Writes <paramref name="count"/> distinct invented reports of drone strikes on several days.</summary>
    public static string WriteReports(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var day = 1 + i % 20;
            File.WriteAllText(Path.Combine(folder, $"report-{i:D3}.txt"),
                $"Drone strikes hit northern Mali\n\nOn December {day}, 2024, drone strikes by Mali's military killed {i + 2} Tuareg rebel fighters " +
                $"in the town of Tinzaouatine, local sources said.\n\nThis is dispatch number {i} of the day.\n");
        }

        return folder;
    }
}
