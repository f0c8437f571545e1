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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidTagNames = VoidTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page made safe to parse, whether anything had to change (offsets into it then differ from the
    /// input's past the change), and the nesting depth of what is returned (<see cref="EstimateDepth"/>).</summary>
    public static (string Html, bool Truncated, bool Flattened, int Depth) Bound(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var truncated = false;
        if (html.Length > MaxChars)
        {
            var cut = html.LastIndexOf('<', MaxChars - 1);
            html = html[..(cut > 0 ? cut : MaxChars)];
            truncated = true;
        }

        var depth = EstimateDepth(html);
        return depth <= MaxDepth ? (html, truncated, false, depth) : (Flatten(html), truncated, true, MaxDepth);
    }

    /// <summary>The deepest nesting of non-void tags, counted on the raw markup without building a tree.</summary>
    public static int EstimateDepth(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var max = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.IsVoid(html))
            {
                continue;
            }

            depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static string Flatten(string html)
    {
        var sb = new System.Text.StringBuilder(html.Length);
        var depth = 0;
        var last = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.IsVoid(html))
            {
                continue;
            }

            var keep = tag.Closing ? depth <= MaxDepth : depth < MaxDepth;
            depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
            if (!keep)
            {
                sb.Append(html, last, tag.Start - last);
                last = tag.End;
            }
        }

        sb.Append(html, last, html.Length - last);
        return sb.ToString();
    }

    /// <summary>A tag in the markup: its span, where its name lies, and whether it closes or closes itself.</summary>
    private readonly record struct Tag(int Start, int End, int NameStart, int NameLength, bool Closing, bool SelfClosing)
    {
        public bool IsVoid(string html) => SelfClosing || VoidTagNames.Contains(html.AsSpan(NameStart, NameLength));

        public bool IsNamed(string html, string name) => html.AsSpan(NameStart, NameLength).Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every tag in the markup. Comments, scripts, styles, text areas and titles are skipped.</summary>
    private static IEnumerable<Tag> Tags(string html)
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

            var tag = new Tag(lt, gt + 1, nameStart, nameEnd - nameStart, closing, html[gt - 1] == '/');
            yield return tag;
            i = gt + 1;
            if (!closing && RawTextName(html, tag) is { } raw)
            {
                var close = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }
    }

    /// <summary>Elements whose content is text, not markup, up to their closing tag.</summary>
    private static readonly string[] RawTextTags = ["script", "style", "textarea", "title"];

    private static string? RawTextName(string html, Tag tag)
    {
        foreach (var name in RawTextTags)
        {
            if (tag.IsNamed(html, name))
            {
                return name;
            }
        }

        return null;
    }
}
