using System.Collections.Immutable;
using System.Text;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Turns the raw input (plain text or HTML) into clean article text: paragraphs separated by blank lines, the
/// headline first, with captions, wire tags, repeated headlines, share widgets and comment sections removed and
/// kept aside as <see cref="RemovedSegment"/>s. Fills in the title and language when the metadata lacks them.
/// </summary>
public sealed class ArticleTextStage(BoilerplateRules rules, LanguageDetector languages) : IPipelineStage
{
    /// <summary>A first paragraph shorter than this without a closing full stop is read as the headline.</summary>
    public const int MaxHeadlineLength = 200;

    /// <summary>A note about the writer ("Jane Doe is a reporter...") is at most this long; a longer paragraph is article text.</summary>
    public const int MaxAuthorNoteLength = 600;

    /// <summary>A first name or surname shorter than this is not looked for on its own (too many ordinary words match).</summary>
    public const int MinNameLength = 3;

    /// <summary>Words after the writer's name that make the paragraph a report about them ("Jane and her team", "Jane said"), not a note.</summary>
    private static readonly HashSet<string> NotAuthorNoteWords = [.. WordLists.Default.Phrases(WordList.NotAuthorNoteWords)];

    /// <summary>An author that starts with an article ("The Associated Press", "Le Monde") is an organisation, not a writer.</summary>
    private static readonly HashSet<string> OrganisationArticles = new(WordLists.Default.Phrases(WordList.OrganisationArticles), StringComparer.OrdinalIgnoreCase);

    /// <summary>"By ", "Par ": the words that open a byline, with their space.</summary>
    private static readonly string[] BylinePrefixes = [.. WordLists.Default.Phrases(WordList.BylinePrefixes).Select(p => p + " ")];


    public ArticleTextStage()
        : this(BoilerplateRules.Default, LanguageDetector.Default)
    {
    }

    public string Name => "read";

    public Annotations Requires => Annotations.Raw;

    public Annotations Produces => Annotations.Text;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        var removed = new List<RemovedSegment>();
        List<Paragraph> paragraphs;
        string? title = metadata.Title;
        if (document.IsHtml)
        {
            var article = HtmlArticleReader.Read(document.RawText, metadata.Url);
            paragraphs = [.. article.Paragraphs];
            removed.AddRange(article.Removed);
            metadata = Merge(metadata, article.Metadata);
            title = metadata.Title;
            if (title is not null)
            {
                paragraphs.Insert(0, new Paragraph(title, null));
            }
        }
        else
        {
            paragraphs = PlainTextReader.Paragraphs(document.RawText);
            if (paragraphs.Count > 1 && LooksLikeHeadline(paragraphs[0].Text))
            {
                title ??= paragraphs[0].Text;
            }
        }

        var kept = Clean(paragraphs, title, removed, [metadata.Url, metadata.CanonicalUrl]);
        kept = DropAuthorNotes(kept, metadata.Author, removed);
        var text = new StringBuilder();
        foreach (var paragraph in kept)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(paragraph.Text);
        }

        var clean = text.ToString();
        metadata = metadata with
        {
            Title = title,
            Language = metadata.Language ?? languages.Detect(clean),
            Published = metadata.Published ?? DatelineDate(kept, title),
        };
        return document with { Text = clean, Metadata = metadata, Removed = [.. removed], Sentences = [], Tokens = [], Dates = [], Numbers = [], Countries = [], Actors = [], Places = [], Events = [] };
    }

    private List<Paragraph> Clean(List<Paragraph> paragraphs, string? title, List<RemovedSegment> removed, string?[] ownUrls)
    {
        var kept = new List<Paragraph>();
        var titleKey = title is null ? null : Tokenizer.PhraseKey(title);
        var seenTitle = false;
        var inTail = false;
        string? tailKind = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (inTail)
            {
                removed.Add(new RemovedSegment(tailKind!, paragraph.Text, paragraph.RawSpan));
                continue;
            }

            if (titleKey is not null && titleKey.Length > 0 && Tokenizer.PhraseKey(paragraph.Text) == titleKey)
            {
                if (seenTitle)
                {
                    removed.Add(new RemovedSegment("duplicate-headline", paragraph.Text, paragraph.RawSpan));
                    continue;
                }

                seenTitle = true;
                kept.Add(paragraph);
                continue;
            }

            if (IsOwnUrl(paragraph.Text, ownUrls))
            {
                removed.Add(new RemovedSegment("url", paragraph.Text, paragraph.RawSpan));
                continue;
            }

            var rule = rules.Classify(paragraph.Text, inSecondHalf: i >= paragraphs.Count / 2);
            if (rule is null)
            {
                kept.Add(paragraph);
                continue;
            }

            removed.Add(new RemovedSegment(rule.Kind, paragraph.Text, paragraph.RawSpan));
            if (rule.IsTail)
            {
                inTail = true;
                tailKind = rule.Kind;
            }
        }

        return kept;
    }

    /// <summary>
    /// Drops notes about the writer in the second half of the text: a paragraph of at most
    /// <see cref="MaxAuthorNoteLength"/> characters that opens with the author's name, first name or surname (from
    /// the page's metadata or a removed "By ..." line), as in "Jane Doe is a reporter..." or "Jane's new book...".
    /// </summary>
    private static List<Paragraph> DropAuthorNotes(List<Paragraph> kept, string? author, List<RemovedSegment> removed)
    {
        var names = AuthorNames(author, removed);
        if (names.Count == 0)
        {
            return kept;
        }

        var result = new List<Paragraph>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            var text = kept[i].Text;
            if (i >= kept.Count / 2 && text.Length <= MaxAuthorNoteLength && names.Any(name => OpensWith(text, name)))
            {
                removed.Add(new RemovedSegment("author-note", text, kept[i].RawSpan));
                continue;
            }

            result.Add(kept[i]);
        }

        return result;
    }

    /// <summary>The author's full name and its first and last words (of at least <see cref="MinNameLength"/> letters).</summary>
    private static HashSet<string> AuthorNames(string? author, List<RemovedSegment> removed)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sources = removed.Where(r => r.Kind == "byline").Select(r => BylineName(r.Text)).Append(author);
        foreach (var source in sources)
        {
            if (string.IsNullOrWhiteSpace(source) || source.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var words = source.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0 || words.Length > 4 || !words.All(w => char.IsUpper(w[0])) || OrganisationArticles.Contains(words[0]))
            {
                continue;
            }

            names.Add(string.Join(' ', words));
            foreach (var word in new[] { words[0], words[^1] })
            {
                if (word.Length >= MinNameLength && word.All(char.IsLetter))
                {
                    names.Add(word);
                }
            }
        }

        return names;
    }

    /// <summary>The name in a byline paragraph ("By Jane Doe, Reporter" gives "Jane Doe"), or null.</summary>
    private static string? BylineName(string byline)
    {
        var text = byline.Trim();
        foreach (var prefix in BylinePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = text[prefix.Length..];
                var end = rest.IndexOfAny([',', '|', '-', '–', '—', '•']);
                return (end < 0 ? rest : rest[..end]).Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens with <paramref name="name"/> as the subject of a sentence: the name is
    /// followed by a possessive, a parenthesis or a lower-case word ("Jane is", "Jane's", "Jane (jane@...) is"), not by
    /// another capitalised word ("Jane Street Capital").
    /// </summary>
    private static bool OpensWith(string text, string name)
    {
        if (!text.StartsWith(name, StringComparison.Ordinal) || text.Length < name.Length + 2)
        {
            return false;
        }

        var rest = text.AsSpan(name.Length);
        return rest.StartsWith("'s ", StringComparison.Ordinal)
            || rest.StartsWith("’s ", StringComparison.Ordinal)
            || rest.StartsWith(" (", StringComparison.Ordinal)
            || (rest[0] == ' ' && char.IsLower(rest[1]) && !NotAuthorNoteWords.Contains(FirstWord(rest[1..])));
    }

    private static string FirstWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[..end].ToString();
    }

    /// <summary>The date of a wire dateline ("BAMAKO, Dec 1, 2024 (Reuters) -") in the first paragraph after the headline.</summary>
    private static DateTimeOffset? DatelineDate(List<Paragraph> kept, string? title)
    {
        var first = kept.FirstOrDefault(p => !string.Equals(p.Text, title, StringComparison.Ordinal));
        return first is null ? null : Dateline.TryRead(first.Text, referenceYear: null);
    }

    /// <summary>A paragraph that is only the page's own address (a print or share widget), scheme and final slash aside.</summary>
    private static bool IsOwnUrl(string paragraph, string?[] ownUrls)
    {
        if (!paragraph.StartsWith("http", StringComparison.OrdinalIgnoreCase) || paragraph.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var key = UrlKey(paragraph);
        return ownUrls.Any(url => url is not null && string.Equals(UrlKey(url), key, StringComparison.OrdinalIgnoreCase));
    }

    private static string UrlKey(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        return (start < 0 ? url : url[(start + 3)..]).TrimEnd('/');
    }

    private static bool LooksLikeHeadline(string paragraph) =>
        paragraph.Length < MaxHeadlineLength && !paragraph.EndsWith('.') && !paragraph.Contains(". ", StringComparison.Ordinal);

    private static ArticleMetadata Merge(ArticleMetadata given, ArticleMetadata found) => given with
    {
        Title = given.Title ?? found.Title,
        Published = given.Published ?? found.Published,
        Language = given.Language ?? found.Language,
        Author = given.Author ?? found.Author,
        Source = given.Source ?? found.Source,
        Url = given.Url ?? found.Url,
        CanonicalUrl = given.CanonicalUrl ?? found.CanonicalUrl,
    };
}
