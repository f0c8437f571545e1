using System.Text.RegularExpressions;
using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Stages.Detect.Rules;
using ConflictAtlas.Core.Tests.Support;
using ConflictAtlas.Core.Text;
using ConflictAtlas.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Rules;

/// <summary>The registry of coding rules: what each rule declares, that it is held to it, and the record of who set what.</summary>
public sealed partial class CodingRulesTests
{
    [Fact]
    public void Every_rule_has_a_kebab_case_name_of_its_own_a_codebook_line_and_fields()
    {
        Assert.Equal(CodingRules.Default.Count, CodingRules.Default.Select(r => r.Name).Distinct().Count());
        Assert.All(CodingRules.Default, r =>
        {
            Assert.Matches(KebabCase(), r.Name);
            Assert.False(string.IsNullOrWhiteSpace(r.Codebook));
            Assert.NotEqual(CodedFields.None, r.Fields);
        });
    }

    [Fact]
    public void Every_rule_has_its_own_test_class()
    {
        var tested = typeof(CodingRulesTests).Assembly.GetTypes()
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(RuleTests<>))
            .Select(b => b!.GetGenericArguments()[0])
            .ToHashSet();

        Assert.Empty(CodingRules.Default.Select(r => r.GetType()).Where(t => !tested.Contains(t)).Select(t => t.Name));
    }

    [Fact]
    public void The_catalogue_in_the_docs_lists_every_rule_in_order_with_its_codebook_line()
    {
        var rows = File.ReadLines(Path.Combine(Repo.Root, "docs", "coding-rules.md"))
            .Select(l => DocRow().Match(l))
            .Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["codebook"].Value))
            .ToList();

        Assert.Equal(CodingRules.Default.Select(r => (r.Name, r.Codebook)), rows);
    }

    [Fact]
    public void The_generic_actors_the_rules_name_are_in_the_generic_actors_file()
    {
        var templates = ResourceFile.ReadRows("generic-actors.tsv").Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.All(TaxonomyNames.Constants(typeof(GenericActors)).Values, t => Assert.Contains(t, templates));
    }

    [Fact]
    public void A_rule_that_changes_a_field_it_does_not_declare_fails()
    {
        var rules = new CodingRules([new LeadSentenceRoles(), new SetsActor1Undeclared()]);
        var @case = CodingCase.Report("JNIM fighters killed six villagers.").Event(SubEventTypes.Attack, "killed").Agent("JNIM").Patient("villagers");

        var error = Assert.Throws<InvalidOperationException>(() => @case.Code(rules));

        Assert.Contains("'sets-actor1-undeclared' changed Actor1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_listed_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CodingRules([new LeadSentenceRoles(), new LeadSentenceRoles()]));

    [Fact]
    public void The_state_names_the_last_rule_that_changed_each_field()
    {
        var state = CodingCase.Report("JNIM fighters attacked soldiers.").Event(SubEventTypes.Attack, "attacked").Agent("JNIM").Patient("soldiers").Code(CodingRules.Default);

        Assert.Equal(
            new Dictionary<CodedFields, string>
            {
                [CodedFields.Actor1] = "lead-sentence-roles",
                [CodedFields.Actor2] = "lead-sentence-roles",
                [CodedFields.EventClass] = "attack-on-armed-actors-is-armed-clash",
            },
            state.SetBy);
    }

    [Fact]
    public void A_coded_event_carries_the_rule_that_set_each_field()
    {
        var document = PipelineDefaults.Create().Run(Document.Create(
            "Bomb kills five\n\nA roadside bomb killed five passengers on a minibus near the town of Kidal on Sunday, an official said. No group claimed the blast.",
            new ArticleMetadata { Published = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero) }));

        var e = Assert.Single(document.Events);

        Assert.Equal(("Unidentified Armed Group (Mali)", "Civilians (Mali)"), (e.Actor1?.Value.Name, e.Actor2?.Value.Name));
        Assert.Equal("unnamed-attacker-is-unidentified-armed-group", e.CodedBy[CodedFields.Actor1]);
        Assert.Equal("strongest-trigger-decides-the-class", e.CodedBy[CodedFields.EventClass]);
        Assert.Equal("civilian-targeting", e.CodedBy[CodedFields.CivilianTargeting]);
    }

    [GeneratedRegex(@"^\| \d+ \| \[`(?<name>[^`]+)`\]\([^)]+\) \| (?<codebook>.+?) \| ")]
    private static partial Regex DocRow();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    private sealed class SetsActor1Undeclared : ICodingRule
    {
        public string Name => "sets-actor1-undeclared";

        public string Codebook => "none: a rule that breaks its declaration";

        public CodedFields Fields => CodedFields.Actor2;

        public void Apply(CodingState state) => state.Actor1 = null;
    }
}
