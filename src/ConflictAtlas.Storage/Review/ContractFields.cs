using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Storage.Review;

/// <summary>
/// Checks a reviewer's correction (<c>{field: value, ...}</c>) against the event contract: every field must be a
/// correctable contract field (<c>Review/contract-fields.tsv</c>) and every value of its type and range.
/// </summary>
public sealed class ContractFields
{
    /// <summary>Longest text value accepted in a correction (notes are a sentence or two).</summary>
    public const int MaxTextLength = 2_000;

    private readonly Dictionary<string, FieldRule> _rules;
    private readonly HashSet<string> _eventTypes;
    private readonly HashSet<string> _subEventTypes;

    private ContractFields(IEnumerable<FieldRule> rules, Taxonomy taxonomy)
    {
        _rules = rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _eventTypes = [.. taxonomy.All.Select(c => c.EventType)];
        _subEventTypes = [.. taxonomy.All.Select(c => c.SubEventType)];
    }

    public static ContractFields Default { get; } = Load();

    public IEnumerable<string> Names => _rules.Keys;

    /// <summary>The errors by field name (empty when the correction is valid) and the values to store.</summary>
    public (JsonObject Values, Dictionary<string, string[]> Errors) Validate(JsonObject? changes)
    {
        var values = new JsonObject();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (changes is null || changes.Count == 0)
        {
            errors["fields"] = ["give at least one field to correct"];
            return (values, errors);
        }

        foreach (var (name, value) in changes)
        {
            if (!_rules.TryGetValue(name, out var rule))
            {
                errors[name] = [$"'{name}' is not a correctable field (one of: {string.Join(", ", _rules.Keys)})"];
                continue;
            }

            if (Check(rule, value) is { } error)
            {
                errors[name] = [error];
                continue;
            }

            values[name] = value is null ? null : JsonNode.Parse(value.ToJsonString());
        }

        return (values, errors);
    }

    private string? Check(FieldRule rule, JsonNode? value)
    {
        if (value is null)
        {
            return rule.Nullable ? null : $"{rule.Name} cannot be null";
        }

        if (value is not JsonValue scalar)
        {
            return $"{rule.Name} must be a {Describe(rule)}, not an object or array";
        }

        // Values built in code hold CLR numbers and parsed ones hold JSON; one JsonElement reads both the same way.
        var element = JsonSerializer.SerializeToElement(scalar);
        var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : null;
        switch (rule.Kind)
        {
            case "text":
                return text is { Length: <= MaxTextLength } ? null : $"{rule.Name} must be a string of at most {MaxTextLength} characters";
            case "date":
                return text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null : $"{rule.Name} must be a date as YYYY-MM-DD";
            case "event_type":
                return text is not null && _eventTypes.Contains(text)
                    ? null : $"{rule.Name} must be one of ACLED's event types ({string.Join(", ", _eventTypes)})";
            case "sub_event_type":
                return text is not null && _subEventTypes.Contains(text) ? null : $"{rule.Name} must be one of ACLED's sub-event types";
            case "int":
                return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var whole) && InRange(rule, whole)
                    ? null : $"{rule.Name} must be a {Describe(rule)}";
            case "number":
                return element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var real) && double.IsFinite(real) && InRange(rule, real)
                    ? null : $"{rule.Name} must be a {Describe(rule)}";
            default:
                return $"{rule.Name} has an unknown kind '{rule.Kind}' in contract-fields.tsv";
        }
    }

    private static bool InRange(FieldRule rule, double value) => (rule.Min is null || value >= rule.Min) && (rule.Max is null || value <= rule.Max);

    private static string Describe(FieldRule rule)
    {
        var kind = rule.Kind == "int" ? "whole number" : rule.Kind == "number" ? "number" : rule.Kind;
        return (rule.Min, rule.Max) switch
        {
            ({ } lo, { } hi) => $"{kind} from {lo.ToString(CultureInfo.InvariantCulture)} to {hi.ToString(CultureInfo.InvariantCulture)}",
            ({ } lo, null) => $"{kind} of at least {lo.ToString(CultureInfo.InvariantCulture)}",
            _ => kind,
        };
    }

    private static ContractFields Load()
    {
        const string Name = "ConflictAtlas.Storage.Review.contract-fields.tsv";
        using var stream = typeof(ContractFields).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"embedded resource '{Name}' is missing");
        using var reader = new StreamReader(stream);
        var rules = ResourceFile.ParseRows(reader).Select(r => new FieldRule(
            r[0].Trim(), ResourceFile.Field(r, 1), Bound(ResourceFile.Field(r, 2)), Bound(ResourceFile.Field(r, 3)), ResourceFile.Field(r, 4) == "yes"));
        return new ContractFields(rules, Taxonomy.Default);
    }

    private static double? Bound(string field) => field.Length == 0 ? null : double.Parse(field, CultureInfo.InvariantCulture);

    private sealed record FieldRule(string Name, string Kind, double? Min, double? Max, bool Nullable);
}
