namespace ConflictAtlas.Core.Lexicon;

/// <summary>Reads enum values written in data files in kebab case ("not-agentive-by", "future"); a typo fails loudly.</summary>
public static class DataNames
{
    public static T Parse<T>(string value, string source)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.Trim().Replace("-", string.Empty, StringComparison.Ordinal);
        if (name.Length > 0 && !char.IsDigit(name[0]) && Enum.TryParse<T>(name, ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        throw new InvalidDataException($"{source}: unknown {typeof(T).Name} '{value.Trim()}' (expected one of {string.Join(", ", Enum.GetNames<T>().Select(ToKebab))})");
    }

    /// <summary>The data-file spelling of an enum name: "NotAgentiveBy" is "not-agentive-by".</summary>
    public static string ToKebab(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
