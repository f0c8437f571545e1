using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>Finds country names and adjectives; they set the country context for actors and places.</summary>
public sealed class CountryStage(CountryCatalog countries) : IPipelineStage
{
    public CountryStage()
        : this(CountryCatalog.Default)
    {
    }

    public string Name => "countries";

    public Annotations Requires => Annotations.Text | Annotations.Sentences | Annotations.Tokens;

    public Annotations Produces => Annotations.Countries;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<Token> tokens = document.Tokens;
        var mentions = new List<Mention<CountryMention>>();
        var sentenceStarts = document.Sentences.Select(st => document.TokensIn(st.Span) is [var head, ..] ? head.Span.Start : -1).ToHashSet();
        var borderBeforeEnds = BorderBefore.Match(tokens).Select(m => m.FirstToken + m.TokenCount).ToHashSet();
        var borderAfterStarts = BorderAfter.Match(tokens).Select(m => m.FirstToken).ToHashSet();
        foreach (var match in countries.Matcher.Match(tokens))
        {
            // Names and English adjectives are capitalised ("Chad", "Turkish"), where the script has capitals; French,
            // Spanish and Portuguese adjectives are not ("l'armée malienne", "el ejército mexicano"), except at the
            // start of a sentence.
            var first = tokens[match.FirstToken];
            var key = match.TokenCount == 1 ? first.Folded : string.Join(' ', tokens.Skip(match.FirstToken).Take(match.TokenCount).Select(t => t.Folded));
            if (countries.IsProperName(key) && char.IsLower(first.Surface[0]))
            {
                continue;
            }

            // At the start of a sentence the adjective must be one of the report's language: "Indiana State Police"
            // opening an English sentence is no Spanish "indiana".
            if (countries.IsLowerCaseAdjective(key) && char.IsUpper(first.Surface[0]) &&
                (!sentenceStarts.Contains(first.Span.Start) || (document.Metadata.Language is { } language && !countries.IsAdjectiveIn(key, language))))
            {
                continue;
            }

            if (countries.IsName(key) && IsCityName(document.Text, tokens, match.FirstToken + match.TokenCount, match.Span))
            {
                // "Guatemala City": the city, left to the place stage.
                continue;
            }

            var isBorder = borderBeforeEnds.Contains(match.FirstToken) || borderAfterStarts.Contains(match.FirstToken + match.TokenCount);
            mentions.Add(new Mention<CountryMention>(match.Span, new CountryMention([.. match.Values.Distinct()], !countries.IsName(key), isBorder, IsJoinedToNextWord(document.Text, match.Span)), Name));
        }

        return document with { Countries = [.. mentions] };
    }

    /// <summary>A name joined by a hyphen to the word after it ("Turkish-made", "Britain-based").</summary>
    private static bool IsJoinedToNextWord(string text, TextSpan span) =>
        span.End + 1 < text.Length && text[span.End] is '-' or '‑' && char.IsLetter(text[span.End + 1]);

    private static readonly HashSet<string> CapitalHeads = WordLists.Default.Folded(WordList.CapitalHeads);

    /// <summary>Whether the capitalised word right after a country's name is a head that makes both one city's name ("Guatemala City").</summary>
    private static bool IsCityName(string text, IReadOnlyList<Token> tokens, int next, TextSpan name) =>
        next < tokens.Count && tokens[next].IsCapitalized && tokens[next].Span.Start == name.End + 1 && text[name.End] == ' ' &&
        CapitalHeads.Contains(tokens[next].Folded);

    private static readonly PhraseMatcher<bool> BorderBefore = WordLists.Default.Matcher(WordList.BorderBefore);

    private static readonly PhraseMatcher<bool> BorderAfter = WordLists.Default.Matcher(WordList.BorderAfter);
}
