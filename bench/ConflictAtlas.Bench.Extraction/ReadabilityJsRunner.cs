using System.Diagnostics;
using System.Text.Json;
using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Bench.Extraction;

/// <summary>Runs Readability.js (installed by <c>scripts/bench-setup.sh</c>) on the same pages through node.</summary>
public static class ReadabilityJsRunner
{
    public static async Task<(Dictionary<string, string> Bodies, TimeSpan Elapsed)?> RunAsync(string repoRoot, IReadOnlyList<ExtractionPage> pages, TextWriter log)
    {
        var setup = await RunProcessAsync("bash", [Path.Combine(repoRoot, "scripts", "bench-setup.sh")], null).ConfigureAwait(false);
        if (setup.Code != 0)
        {
            await log.WriteLineAsync("Readability.js not run: " + setup.Err.Trim()).ConfigureAwait(false);
            return null;
        }

        var list = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(list, JsonSerializer.Serialize(pages.Select(p => new { id = p.Id, url = p.Url, path = p.HtmlPath }))).ConfigureAwait(false);
            var env = new Dictionary<string, string> { ["ATLAS_NPM_PREFIX"] = Path.Combine(repoRoot, ".build", "npm") };
            var run = await RunProcessAsync("node", [Path.Combine(repoRoot, "bench", "readability", "extract.mjs"), list], env).ConfigureAwait(false);
            if (run.Code != 0)
            {
                await log.WriteLineAsync("Readability.js failed: " + run.Err.Trim()).ConfigureAwait(false);
                return null;
            }

            using var json = JsonDocument.Parse(run.Out);
            var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
            var ms = 0.0;
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                bodies[entry.Name] = entry.Value.GetProperty("articleBody").GetString() ?? string.Empty;
                ms += entry.Value.GetProperty("ms").GetDouble();
            }

            return (bodies, TimeSpan.FromMilliseconds(ms));
        }
        finally
        {
            File.Delete(list);
        }
    }

    private static async Task<(int Code, string Out, string Err)> RunProcessAsync(string file, string[] args, Dictionary<string, string>? env)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env ?? [])
        {
            info.Environment[key] = value;
        }

        try
        {
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            return (process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, string.Empty, $"{file}: {ex.Message}");
        }
    }
}
