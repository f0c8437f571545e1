using System.Collections.Immutable;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Segment;

/// <summary>
/// Splits the text into sentences within paragraphs, and into the tokens every later stage reads. A full stop ends a sentence unless it follows a known
/// abbreviation ("Gen.", "Dec."), a single initial ("A."), or sits inside a number; closing quotes and brackets
/// after the stop stay with the sentence. The Arabic question mark ends a sentence too, and in a script without
/// capitals any letter may open the next one. A stop with no space after it ends a sentence between a word of
/// lower-case letters and a capitalised word ("pelo Exército.De acordo"), as pages that lose the space write it.
/// </summary>
public sealed class SentenceStage(IReadOnlySet<string> abbreviations) : IPipelineStage
{
    public SentenceStage()
        : this(DefaultAbbreviations)
    {
    }

    public static IReadOnlySet<string> DefaultAbbreviations { get; } =
        ResourceFile.ReadRows("abbreviations.tsv").Select(r => r[0].Trim()).ToHashSet(StringComparer.Ordinal);

    public string Name => "segment";

    public Annotations Requires => Annotations.Text;

    public Annotations Produces => Annotations.Sentences | Annotations.Tokens;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with { Sentences = [.. Split(document.Text)], Tokens = [.. Tokenizer.Tokenize(document.Text)] };
    }

    public List<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                Add(start, i, paragraph);
                while (i < text.Length && text[i] == '\n')
                {
                    i++;
                }

                start = i;
                paragraph++;
                continue;
            }

            if (c is '.' or '!' or '?' or '…' or '\u061F' && IsBoundary(text, i))
            {
                var end = i + 1;
                while (end < text.Length && (text[end] is '"' or '\'' or ')' or ']' or '»' or '”' or '’' or '.' or '!' or '?'))
                {
                    end++;
                }

                Add(start, end, paragraph);
                i = end;
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                start = i;
                continue;
            }

            i++;
        }

        Add(start, text.Length, paragraph);
        return sentences;

        void Add(int s, int e, int p)
        {
            while (s < e && char.IsWhiteSpace(text[s]))
            {
                s++;
            }

            while (e > s && char.IsWhiteSpace(text[e - 1]))
            {
                e--;
            }

            if (e > s)
            {
                sentences.Add(new Sentence(new TextSpan(s, e), p));
            }
        }
    }

    private bool IsBoundary(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && (text[next] is '"' or '\'' or ')' or ']' or '»' or '”' or '’' or '.' or '!' or '?'))
        {
            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return next == i + 1 && IsGluedStop(text, i);
        }

        var after = next;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after >= text.Length || text[after] == '\n')
        {
            return true;
        }

        var following = text[after];
        // A script without capitals (Arabic) starts its sentences with any letter.
        var caseless = char.GetUnicodeCategory(following) == System.Globalization.UnicodeCategory.OtherLetter;
        if (!(char.IsUpper(following) || caseless || char.IsDigit(following) || following is '"' or '“' or '«' or '\'' or '(' or '‘'))
        {
            return false;
        }

        if (text[i] != '.')
        {
            return true;
        }

        // The word before the stop: an abbreviation or a single initial does not end the sentence.
        return !IsAbbreviation(text, i);
    }

    /// <summary>Whether the word before the stop at <paramref name="i"/> is an abbreviation or a single initial.</summary>
    private bool IsAbbreviation(string text, int i)
    {
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = TextNormalizer.Fold(text[wordStart..i]);
        return (word.Length == 1 && char.IsLetter(word[0])) || abbreviations.Contains(word);
    }

    /// <summary>The fewest lower-case letters before a stop with no space after it that still ends a sentence.</summary>
    private const int GluedWordLetters = 3;

    /// <summary>"... pelo Exército.Segundo a agência": a page that lost the space after a full stop. The stop ends a
    /// sentence when a word of lower-case letters comes before it and a capitalised word (a capital, then lower case
    /// or a space: "detidos.O candidato") after it, and the word is no abbreviation ("U.S.Army") and no part of an address ("www.example.org").</summary>
    private bool IsGluedStop(string text, int i)
    {
        if (text[i] != '.' || i < GluedWordLetters || i + 2 >= text.Length || !char.IsUpper(text[i + 1]) || !(char.IsLower(text[i + 2]) || text[i + 2] == ' '))
        {
            return false;
        }

        for (var k = i - GluedWordLetters; k < i; k++)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }
        }

        var wordStart = i;
        while (wordStart > 0 && char.IsLetterOrDigit(text[wordStart - 1]))
        {
            wordStart--;
        }

        return (wordStart == 0 || text[wordStart - 1] != '.') && !IsAbbreviation(text, i);
    }
}
