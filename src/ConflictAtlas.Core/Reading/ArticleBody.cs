using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Reading;

/// <summary>The article body alone: the cleaned text without the headline the read stage puts first.</summary>
public static class ArticleBody
{
    public static string Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = document.Metadata.Title;
        var text = document.Text;
        if (title is not null && text.StartsWith(title, StringComparison.Ordinal))
        {
            var rest = text[title.Length..];
            if (rest.Length == 0 || rest.StartsWith("\n\n", StringComparison.Ordinal))
            {
                return rest.TrimStart('\n');
            }
        }

        return text;
    }
}
