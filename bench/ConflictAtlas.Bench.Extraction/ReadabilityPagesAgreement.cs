using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Reading;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Stages.Clean;
using Document = ConflictAtlas.Core.Text.Document;

namespace ConflictAtlas.Bench.Extraction;

/// <summary>
/// Agreement with Readability.js 0.6.0's own output on Mozilla's test pages: <c>expected.html</c> flattened to text
/// with a line break at each block element, scored with the shingle method. Pages Readability marks
/// <c>readerable: false</c> are left out; the news pages named in the benchmark README are also reported alone.
/// </summary>
public static class ReadabilityPagesAgreement
{
    private static readonly HashSet<string> NewsCases = new(StringComparer.Ordinal)
    {
        "aktualne", "ars-1", "bbc-1", "breitbart", "buzzfeed-1", "citylab-1", "cnet", "cnn", "engadget", "folha", "gmw", "guardian-1",
        "heise", "herald-sun-1", "la-nacion", "lemonde-1", "liberation-1", "lwn-1", "medicalnewstoday", "msn", "nytimes-1", "nytimes-2",
        "nytimes-3", "nytimes-4", "nytimes-5", "pixnet", "qq", "quanta-1", "salon-1", "seattletimes-1", "telegraph", "theverge", "tmz-1",
        "wapo-1", "wapo-2", "webmd-1", "webmd-2", "yahoo-1", "yahoo-2", "yahoo-3", "yahoo-4",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "br", "figure", "figcaption", "section",
        "article", "ul", "ol", "table", "td", "th", "dd", "dt", "header", "footer", "aside", "hr",
    };

    public static (ShingleScore All, ShingleScore News, int Skipped) Run(string folder, ArticleTextStage stage)
    {
        var all = new List<ShingleScorer.PageResult>();
        var news = new List<ShingleScorer.PageResult>();
        var skipped = 0;
        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            var metadataPath = Path.Combine(dir, "expected-metadata.json");
            if (File.Exists(metadataPath))
            {
                using var meta = JsonDocument.Parse(File.ReadAllText(metadataPath));
                if (meta.RootElement.TryGetProperty("readerable", out var readerable) && readerable.ValueKind == JsonValueKind.False)
                {
                    skipped++;
                    continue;
                }
            }

            var expected = Flatten(File.ReadAllText(Path.Combine(dir, "expected.html")));
            var raw = FileArticleSource.Read(Path.Combine(dir, "source.html"));
            var document = stage.Process(Document.Create(raw.Content, null, isHtml: true), CancellationToken.None);
            var result = ShingleScorer.ScorePage(expected, ArticleBody.Of(document));
            all.Add(result);
            if (NewsCases.Contains(name))
            {
                news.Add(result);
            }
        }

        return (ShingleScorer.Aggregate(all), ShingleScorer.Aggregate(news), skipped);
    }

    private static string Flatten(string html)
    {
        var body = new HtmlParser().ParseDocument(html).Body;
        var sb = new StringBuilder();
        if (body is not null)
        {
            Walk(body, sb);
        }

        return sb.ToString();
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(text.Data);
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    sb.Append('\n');
                }

                Walk(element, sb);
                if (block)
                {
                    sb.Append('\n');
                }
            }
        }
    }
}
