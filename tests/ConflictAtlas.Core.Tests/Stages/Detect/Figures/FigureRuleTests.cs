using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Stages.Detect.Figures;
using ConflictAtlas.Core.Tests.Support;

namespace ConflictAtlas.Core.Tests.Stages.Detect.Figures;

/// <summary>
/// Cases for one figure rule: a sentence (published on Monday 10 March 2025, in Mali) read by the sentence reader,
/// and the death figures it claims (a part of a toll already counted left out). <see cref="Decides"/> is a case the rule decides (the whole registry claims the
/// expected figures, and the registry without the rule others); <see cref="Leaves"/> a case it must not change.
/// </summary>
public abstract class FigureRuleTests<TRule>
    where TRule : IFigureRule, new()
{
    protected static IFigureRule Rule { get; } = new TRule();

    protected static void Decides(string sentence, params int[] expected)
    {
        Assert.Equal(expected, FiguresOf(sentence, FigureRules.Default));
        Assert.NotEqual(expected, FiguresOf(sentence, FigureRules.Default.Without(Rule.Name)));
    }

    protected static void Leaves(string sentence, params int[] expected)
    {
        Assert.Equal(expected, FiguresOf(sentence, FigureRules.Default));
        Assert.Equal(expected, FiguresOf(sentence, FigureRules.Default.Without(Rule.Name)));
    }

    protected static int[] FiguresOf(string sentence, FigureRules rules)
    {
        var document = Reports.Mentioned(sentence);
        var reader = new SentenceReader(EventLexicon.Default, Taxonomy.Default, figures: rules);
        var candidate = reader.Read(document, reader.Scan(document, Assert.Single(document.Sentences)), referenceYear: 2025)
                        ?? throw new Xunit.Sdk.XunitException("the sentence gave no candidate");
        // A part of a toll already counted ("including seven children") is no figure of its own.
        return [.. candidate.Claims.Where(c => !c.IsPart).Select(c => c.Number)];
    }
}
