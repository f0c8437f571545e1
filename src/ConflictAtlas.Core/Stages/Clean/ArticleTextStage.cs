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
        return document with { Text = clean, Metadata = metadata, Removed = [.. removed], Sentences = [], Mentions = [], Events = [] };
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
