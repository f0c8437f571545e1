using ConflictAtlas.Core.Lexicon;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConflictAtlas.Core.Tests.Stages;

/// <summary>
/// Words of a language belong in the data files under Resources/, where a language is added by adding rows: no
/// string literal in the stage code may hold a word that the vocabulary files use. Messages (interpolated strings,
/// exception texts, a rule's name and codebook line) are for people, not for reading reports, and are not checked.
/// </summary>
public sealed class VocabularyIsDataTests
{
    /// <summary>Each vocabulary file with the column that holds its phrases (0-based).</summary>
    private static readonly (string File, int Column)[] VocabularyFiles =
    [
        ("triggers.tsv", 3), ("modality.tsv", 3), ("fatality-cues.tsv", 2), ("victim-groups.tsv", 2), ("clause-markers.tsv", 2),
        ("day-references.tsv", 2), ("place-cues.tsv", 2), ("words.tsv", 2), ("date-words.tsv", 3), ("numbers.tsv", 0),
        ("generic-actors.tsv", 2), ("stopwords.tsv", 1), ("state-forces.tsv", 2),
    ];

    /// <summary>Literals that look like words but are markup names, not text to read, each with its reason. Data file
    /// names (<c>*.tsv</c>) and data keys in kebab case are not checked either.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["th"] = "the HTML table header cell",
        ["address"] = "the HTML address element",
        ["base"] = "the HTML base element",
        ["source"] = "the HTML source element",
        ["figure"] = "the HTML figure element",
        ["area"] = "the HTML area element",
        ["figcaption, figure, .caption, .wp-caption-text, .image-caption, .photo-credit"] = "a CSS selector of photo captions",
        ["script:not([type='application/ld+json']), style, noscript, svg, iframe, template, link, nav, footer, aside, button, select, [hidden], [aria-hidden=true]"] =
            "a CSS selector of page furniture",
        ["article:published_time"] = "an Open Graph property",
        ["og:published_time"] = "an Open Graph property",
        ["time[datetime]"] = "a CSS selector of the HTML time element",
        ["EM"] = "the HTML em element's node name",
        ["TIME"] = "the HTML time element's node name",
        ["ADDRESS"] = "the HTML address element's node name",
        ["FIGURE"] = "the HTML figure element's node name",
        ["DEL"] = "the HTML del element's node name",
    };

    /// <summary>Properties that describe code to people (a coding rule's id and codebook line), not words to read.</summary>
    private static readonly HashSet<string> DescriptiveProperties = new(StringComparer.Ordinal) { "Name", "Codebook" };

    private static readonly Lazy<HashSet<string>> Vocabulary = new(LoadVocabulary);

    [Fact]
    public void No_stage_writes_a_word_of_a_language_in_code()
    {
        var stages = Path.Combine(Repo.Root, "src", "ConflictAtlas.Core", "Stages");
        var offences = Directory.EnumerateFiles(stages, "*.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(path => WordLiterals(File.ReadAllText(path)).Select(l => $"{Path.GetRelativePath(stages, path)}:{l.Line}: {l.Text}"))
            .ToList();
        Assert.True(offences.Count == 0, "words of a language written in stage code (move them to a data file):\n" + string.Join('\n', offences));
    }

    [Fact]
    public void The_scan_finds_a_vocabulary_word_in_a_literal_and_skips_messages_and_comments()
    {
        const string source = """
            class C
            {
                // "killed" in a comment is fine
                bool A(string w) => w is "killed";
                string B(int n) => $"{n} killed";
                void D() => throw new System.InvalidOperationException("soldiers were killed");
                string E = "<div>";
            }
            """;
        var found = WordLiterals(source).Select(l => l.Text).ToList();
        Assert.Equal(["\"killed\""], found);
    }

    [Fact]
    public void The_vocabulary_holds_words_of_every_file_and_language()
    {
        Assert.Contains("killed", Vocabulary.Value);
        Assert.Contains("tues", Vocabulary.Value);
        Assert.Contains("janvier", Vocabulary.Value);
        Assert.Contains("according", Vocabulary.Value);
        Assert.DoesNotContain("a", Vocabulary.Value);
    }

    /// <summary>The plain string literals of <paramref name="source"/> that hold a vocabulary word, with their lines.</summary>
    private static IEnumerable<(int Line, string Text)> WordLiterals(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            if (literal.Ancestors().Any(a => a is ObjectCreationExpressionSyntax o && o.Type.ToString().EndsWith("Exception", StringComparison.Ordinal)) ||
                literal.Ancestors().OfType<PropertyDeclarationSyntax>().Any(p => DescriptiveProperties.Contains(p.Identifier.Text)))
            {
                continue;
            }

            var value = literal.Token.ValueText;
            if (Allowed.ContainsKey(value) || value.EndsWith(".tsv", StringComparison.Ordinal) || IsDataKey(value))
            {
                continue;
            }

            if (Tokenizer.Tokenize(value).Any(t => t.Folded.Length >= 2 && t.Folded.Any(char.IsLetter) && Vocabulary.Value.Contains(t.Folded)))
            {
                yield return (literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1, literal.ToString());
            }
        }
    }

    /// <summary>A key of a data file in kebab case ("base-confidence", "place-reach"): a name, not a phrase to read.</summary>
    private static bool IsDataKey(string value) =>
        value.Contains('-', StringComparison.Ordinal) && value.All(c => c is >= 'a' and <= 'z' or '-') && !value.StartsWith('-') && !value.EndsWith('-');

    private static HashSet<string> LoadVocabulary()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, column) in VocabularyFiles)
        {
            foreach (var row in ResourceFile.ReadRows(file).Where(r => r.Length > column))
            {
                foreach (var phrase in ResourceFile.SplitList(row[column]))
                {
                    words.UnionWith(Tokenizer.Tokenize(phrase).Select(t => t.Folded).Where(w => w.Length >= 2 && w.Any(char.IsLetter)));
                }
            }
        }

        return words;
    }
}
