using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Clean;

/// <summary>Splits plain text into paragraphs at blank lines, keeping each paragraph's span in the input.</summary>
public static class PlainTextReader
{
    public static List<Paragraph> Paragraphs(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var paragraphs = new List<Paragraph>();
        int? start = null;
        var end = 0;
        var lineStart = 0;
        while (lineStart <= raw.Length)
        {
            var newline = raw.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? raw.Length : newline;
            var blank = string.IsNullOrWhiteSpace(raw.AsSpan(lineStart, lineEnd - lineStart).ToString());
            if (blank)
            {
                Flush();
            }
            else
            {
                start ??= lineStart;
                end = lineEnd;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (start is null)
            {
                return;
            }

            var s = start.Value;
            var e = end;
            while (s < e && char.IsWhiteSpace(raw[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(raw[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                paragraphs.Add(new Paragraph(CollapseWhitespace(raw[s..e]), new TextSpan(s, e)));
            }

            start = null;
        }
    }

    /// <summary>Runs of white space (line breaks inside a paragraph included) become one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
