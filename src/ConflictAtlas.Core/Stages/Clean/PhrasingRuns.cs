using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>
/// Wraps each run of phrasing content (text and inline elements) that is a direct child of a <c>div</c> into a
/// paragraph, and drops runs that hold only whitespace and line breaks, as SmartReader's first pass does. SmartReader
/// collects each run in a document fragment, and AngleSharp checks every insertion into a fragment against every
/// element of the page, so that pass grows with the square of the page; done here first, with each run moved into a
/// paragraph already in the page, SmartReader finds nothing left to wrap and its result is unchanged. Runs that
/// SmartReader's own preparation would change first are left to it: those holding a script or style (removed), two
/// line breaks in a row (which become a paragraph of their own) a line break at either end, or an element that closes a paragraph.
/// </summary>
internal static class PhrasingRuns
{
    /// <summary>The phrasing elements SmartReader 0.11 recognises, by upper-case node name.</summary>
    private static readonly HashSet<string> PhrasingNames = new(StringComparer.Ordinal)
    {
        "ABBR", "AUDIO", "B", "BDO", "BR", "BUTTON", "CITE", "CODE", "DATA", "DATALIST", "DFN", "EM", "EMBED", "I", "IMG",
        "INPUT", "KBD", "LABEL", "MARK", "MATH", "METER", "NOSCRIPT", "OBJECT", "OUTPUT", "PROGRESS", "Q", "RUBY", "SAMP",
        "SCRIPT", "SELECT", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TEXTAREA", "TIME", "VAR", "WBR",

        // SmartReader renames font elements to span before its first pass.
        "FONT",
    };

    /// <summary>Elements SmartReader removes before its first pass.</summary>
    private static readonly HashSet<string> RemovedFirst = new(StringComparer.Ordinal) { "SCRIPT", "NOSCRIPT", "STYLE" };

    /// <summary>
    /// Elements whose start tag closes an open paragraph when HTML is parsed. SmartReader serialises the page and parses
    /// it again when its first attempt finds too little text, so a run holding one of them is left for SmartReader to
    /// wrap: inside a paragraph it would not survive that round trip.
    /// </summary>
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CENTER", "DETAILS", "DIALOG", "DIR", "DIV", "DL", "DD", "DT",
        "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR",
        "LI", "LISTING", "MAIN", "MENU", "NAV", "OL", "P", "PLAINTEXT", "PRE", "SEARCH", "SECTION", "SUMMARY", "TABLE",
        "UL", "XMP",
    };

    /// <summary>Elements that are phrasing content when all their children are.</summary>
    private static readonly HashSet<string> PhrasingWhenChildrenAre = new(StringComparer.Ordinal) { "A", "DEL", "INS" };

    public static void Wrap(IHtmlDocument document)
    {
        foreach (var div in document.QuerySelectorAll("div").ToList())
        {
            WrapChildren(document, div);
        }
    }

    private static void WrapChildren(IHtmlDocument document, IElement div)
    {
        var child = div.FirstChild;
        while (child is not null)
        {
            if (!IsPhrasing(child))
            {
                child = child.NextSibling;
                continue;
            }

            var run = new List<INode>();
            while (child is not null && IsPhrasing(child))
            {
                run.Add(child);
                child = child.NextSibling;
            }

            if (!IsSafe(run))
            {
                continue;
            }

            var first = 0;
            var last = run.Count - 1;
            while (first <= last && IsWhitespace(run[first]))
            {
                first++;
            }

            while (last >= first && IsWhitespace(run[last]))
            {
                last--;
            }

            for (var i = 0; i < first; i++)
            {
                div.RemoveChild(run[i]);
            }

            for (var i = run.Count - 1; i > last && i >= first; i--)
            {
                div.RemoveChild(run[i]);
            }

            if (first > last)
            {
                continue;
            }

            var paragraph = document.CreateElement("p");
            div.InsertBefore(paragraph, run[first]);
            for (var i = first; i <= last; i++)
            {
                paragraph.AppendChild(run[i]);
            }
        }
    }

    private static bool IsPhrasing(INode node) =>
        node.NodeType == NodeType.Text
        || PhrasingNames.Contains(node.NodeName)
        || (PhrasingWhenChildrenAre.Contains(node.NodeName) && node.ChildNodes.All(IsPhrasing));

    private static bool IsSafe(List<INode> run)
    {
        // A break at either end may pair with one across a comment in the next or previous run.
        var ends = run.Where(node => node.NodeType != NodeType.Text || !IsWhitespace(node)).ToList();
        if (ends.Count > 0 && (ends[0].NodeName == "BR" || ends[^1].NodeName == "BR"))
        {
            return false;
        }

        var lastWasBreak = false;
        foreach (var node in run)
        {
            if (node is not IElement element)
            {
                lastWasBreak &= IsWhitespace(node);
                continue;
            }

            if (element.NodeName == "BR")
            {
                if (lastWasBreak)
                {
                    return false;
                }

                lastWasBreak = true;
                continue;
            }

            lastWasBreak = false;
            if (RemovedFirst.Contains(element.NodeName)
                || element.Descendants<IElement>().Any(e => ClosesParagraph.Contains(e.NodeName) || RemovedFirst.Contains(e.NodeName)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhitespace(INode node) =>
        node.NodeType == NodeType.Text ? node.TextContent.AsSpan().Trim().Length == 0 : node.NodeName == "BR";
}
