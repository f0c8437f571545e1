using System.Text.RegularExpressions;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Stages.Detect.Figures;
using ConflictAtlas.Core.Stages.Detect.Roles;
using ConflictAtlas.Core.Tests.Stages.Detect.Figures;
using ConflictAtlas.Core.Tests.Stages.Detect.Roles;
using ConflictAtlas.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect;

/// <summary>The registries of role and figure rules: names, codebook lines, a test class each, and their docs.</summary>
public sealed partial class ReadingRulesTests
{
    public static TheoryData<string> Registries => ["Role rules", "Figure rules"];

    [Theory]
    [MemberData(nameof(Registries))]
    public void Every_rule_has_a_kebab_case_name_of_its_own_and_a_codebook_line(string registry)
    {
        var rules = Rules(registry);
        Assert.Equal(rules.Count, rules.Select(r => r.Name).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.Matches(KebabCase(), r.Name);
            Assert.False(string.IsNullOrWhiteSpace(r.Codebook));
        });
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Every_rule_has_its_own_test_class(string registry)
    {
        var testBase = registry == "Role rules" ? typeof(RoleRuleTests<>) : typeof(FigureRuleTests<>);
        var tested = typeof(ReadingRulesTests).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == testBase)
            .Select(b => b!.GetGenericArguments()[0])
            .ToHashSet();

        Assert.Empty(Rules(registry).Select(r => r.GetType()).Where(t => !tested.Contains(t)).Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void The_docs_list_every_rule_in_order_with_its_codebook_line(string registry)
    {
        var lines = File.ReadLines(Path.Combine(Repo.Root, "docs", "reading-rules.md"))
            .SkipWhile(l => l != "## " + registry)
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        var rows = lines.Select(l => DocRow().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["codebook"].Value))
            .ToList();

        Assert.Equal(Rules(registry).Select(r => (r.Name, r.Codebook)), rows);
    }

    [Fact]
    public void A_registry_refuses_a_rule_listed_twice_and_an_unknown_name()
    {
        Assert.Throws<ArgumentException>(() => new RoleRules([new SubjectActs(), new SubjectActs()]));
        Assert.Throws<ArgumentException>(() => FigureRules.Default.Without("no-such-rule"));
    }

    private static List<INamedRule> Rules(string registry) =>
        registry == "Role rules" ? [.. RoleRules.Default.Cast<INamedRule>()] : [.. FigureRules.Default.Cast<INamedRule>()];

    [GeneratedRegex(@"^\| \d+ \| \[`(?<name>[^`]+)`\]\([^)]+\) \| (?<codebook>.+?) \| ")]
    private static partial Regex DocRow();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
