using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Stages.Detect.Roles;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Roles;

/// <summary>
/// Cases for one role rule: a sentence (published on Monday 10 March 2025, in Mali) read by the sentence reader, and
/// the role it gives the actor at a phrase. <see cref="Decides"/> is a case the rule decides (with the whole
/// registry the actor gets the expected role, and without the rule another one); <see cref="Leaves"/> a case the
/// rule must not answer.
/// </summary>
public abstract class RoleRuleTests<TRule>
    where TRule : IRoleRule, new()
{
    protected static IRoleRule Rule { get; } = new TRule();

    protected static void Decides(string sentence, string actor, Role expected, bool headline = false)
    {
        Assert.Equal(expected, RoleOf(sentence, actor, RoleRules.Default, headline));
        Assert.NotEqual(expected, RoleOf(sentence, actor, RoleRules.Default.Without(Rule.Name), headline));
    }

    protected static void Leaves(string sentence, string actor, Role expected, bool headline = false)
    {
        Assert.Equal(expected, RoleOf(sentence, actor, RoleRules.Default, headline));
        Assert.Equal(expected, RoleOf(sentence, actor, RoleRules.Default.Without(Rule.Name), headline));
    }

    /// <summary>The role the reader gives the actor mention that covers the first occurrence of <paramref name="actor"/>.</summary>
    private static Role RoleOf(string sentence, string actor, RoleRules rules, bool headline)
    {
        var document = Reports.Mentioned(sentence);
        var reader = new SentenceReader(EventLexicon.Default, Taxonomy.Default, rules);
        var candidate = reader.Read(document, reader.Scan(document, Assert.Single(document.Sentences)), referenceYear: 2025, headline)
                        ?? throw new Xunit.Sdk.XunitException("the sentence gave no candidate");
        var at = sentence.IndexOf(actor, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{actor}' is not in the sentence");
        bool Covers(Core.Text.TextSpan span) => span.Start <= at && at < span.End;
        if (candidate.Agents.Find(a => Covers(a.Span)) is { Value: not null } agent)
        {
            return agent.Marked ? Role.MarkedAgent : Role.Agent;
        }

        return candidate.Patients.Find(p => Covers(p.Span)) is { Value: not null } patient
            ? patient.Marked ? Role.MarkedPatient : Role.Patient
            : Role.NoParty;
    }
}
