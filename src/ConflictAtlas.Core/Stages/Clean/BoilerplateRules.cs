using System.Text.RegularExpressions;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>The boilerplate patterns from <c>Resources/boilerplate.tsv</c>.</summary>
public sealed class BoilerplateRules
{
    /// <summary>A tail rule (comment section) only fires on a paragraph shorter than this.</summary>
    public const int MaxTailMarkerLength = 200;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public BoilerplateRules(IEnumerable<BoilerplateRule> rules)
    {
        Rules = [.. rules];
    }

    public IReadOnlyList<BoilerplateRule> Rules { get; }

    public static BoilerplateRules Default { get; } = Load();

    private static BoilerplateRules Load() =>
        new(ResourceFile.ReadRows("boilerplate.tsv").Select(row => new BoilerplateRule(
            row[0].Trim(),
            string.Equals(row[1].Trim(), "tail", StringComparison.Ordinal),
            new Regex(row[2], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, MatchTimeout))));

    /// <summary>The first rule matching <paramref name="paragraph"/>, or null.</summary>
    public BoilerplateRule? Classify(string paragraph, bool inSecondHalf)
    {
        foreach (var rule in Rules)
        {
            if (rule.IsTail && (!inSecondHalf || paragraph.Length >= MaxTailMarkerLength))
            {
                continue;
            }

            try
            {
                if (rule.Pattern.IsMatch(paragraph))
                {
                    return rule;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological paragraph is treated as content rather than stalling the batch.
            }
        }

        return null;
    }
}
