namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Keeps hostile or broken HTML within bounds before it is parsed: a page longer than <see cref="MaxChars"/> is cut
/// at a tag boundary, and tags nested deeper than <see cref="MaxDepth"/> are dropped (their text is kept), so that
/// the recursive tree walks in the parser and the readability scorer cannot overflow the stack.
/// </summary>
public static class HtmlGuard
{
    /// <summary>Longest page parsed: 4 M characters. The largest page of the article-extraction benchmark is 1.5 M.</summary>
    public const int MaxChars = 4_000_000;

    /// <summary>Deepest element nesting kept. Real pages stay under 100; browsers stop nesting at 512.</summary>
    public const int MaxDepth = 400;

    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "option", "dt", "dd", "tr", "td", "th", "!doctype",
    };

    /// <summary>The page made safe to parse, and whether anything had to change (offsets into it then differ from the input's past the change).</summary>
    public static (string Html, bool Truncated, bool Flattened) Bound(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var truncated = false;
        if (html.Length > MaxChars)
        {
            var cut = html.LastIndexOf('<', MaxChars - 1);
            html = html[..(cut > 0 ? cut : MaxChars)];
            truncated = true;
        }

        if (EstimateDepth(html) <= MaxDepth)
        {
            return (html, truncated, false);
        }

        return (Flatten(html), truncated, true);
    }

    /// <summary>The deepest nesting of non-void tags, counted on the raw markup without building a tree.</summary>
    public static int EstimateDepth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var max = 0;
        foreach (var (_, _, name, closing, selfClosing) in Tags(html))
        {
            if (VoidTags.Contains(name) || selfClosing)
            {
                continue;
            }

            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static string Flatten(string html)
    {
        var sb = new System.Text.StringBuilder(html.Length);
        var depth = 0;
        var last = 0;
        foreach (var (start, end, name, closing, selfClosing) in Tags(html))
        {
            if (VoidTags.Contains(name) || selfClosing)
            {
                continue;
            }

            var keep = closing ? depth <= MaxDepth : depth < MaxDepth;
            depth = closing ? Math.Max(0, depth - 1) : depth + 1;
            if (!keep)
            {
                sb.Append(html, last, start - last);
                last = end;
            }
        }

        sb.Append(html, last, html.Length - last);
        return sb.ToString();
    }

    /// <summary>Every tag in the markup: its span, lower-case name, and whether it closes or closes itself. Comments, scripts and styles are skipped.</summary>
    private static IEnumerable<(int Start, int End, string Name, bool Closing, bool SelfClosing)> Tags(string html)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                yield break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                yield break;
            }

            var closing = html[lt + 1] == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < gt && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '!' or '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                i = lt + 1;
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            yield return (lt, gt + 1, name, closing, html[gt - 1] == '/');
            i = gt + 1;
            if (!closing && name is "script" or "style" or "textarea" or "title")
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
    }
}
