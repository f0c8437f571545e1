using System.Text.Json;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Storage.Ingestion;

namespace ConflictAtlas.Cli.Commands;

/// <summary>Turns the INPUT arguments and a JSONL manifest into the list of reports to ingest, collecting the
/// inputs that cannot be used instead of stopping at the first.</summary>
public static class IngestPlan
{
    public static (List<IngestItem> Items, List<string> Errors) Build(IEnumerable<string> inputs, string? manifest, ArticleSources sources)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(sources);
        var items = new List<IngestItem>();
        var errors = new List<string>();
        foreach (var input in inputs)
        {
            try
            {
                items.AddRange(sources.For(input).Expand(input).Select(uri => new IngestItem(uri, Sidecar(uri))));
            }
            catch (InputException ex)
            {
                errors.Add(ex.Message);
            }
        }

        if (manifest is not null)
        {
            ReadManifest(manifest, items, errors);
        }

        return (items, errors);
    }

    private static void ReadManifest(string manifest, List<IngestItem> items, List<string> errors)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(manifest);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{manifest}: cannot be read ({ex.Message})");
            return;
        }

        var folder = Path.GetDirectoryName(manifest) ?? ".";
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"{manifest}:{i + 1}";
            try
            {
                using var json = JsonDocument.Parse(lines[i]);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{where}: expected a JSON object");
                    continue;
                }

                var uri = String(root, "path") ?? String(root, "url");
                if (string.IsNullOrEmpty(uri))
                {
                    errors.Add($"{where}: needs \"path\" or \"url\"");
                    continue;
                }

                // A relative path is read relative to the manifest when it is not found from here.
                if (String(root, "path") is not null && !Path.IsPathRooted(uri) && !File.Exists(uri) && File.Exists(Path.Combine(folder, uri)))
                {
                    uri = Path.Combine(folder, uri);
                }

                items.Add(new IngestItem(uri, String(root, "published"), String(root, "source")));
            }
            catch (JsonException ex)
            {
                errors.Add($"{where}: not valid JSON ({ex.Message})");
            }
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Sidecar(string uri) => SampleDates.PublishedFor(uri)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
