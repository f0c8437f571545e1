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

    public Annotations Requires => Annotations.Text | Annotations.Tokens;

    public Annotations Produces => Annotations.Countries;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<Token> tokens = document.Tokens;
        var mentions = new List<Mention<CountryMention>>();
        foreach (var match in countries.Matcher.Match(tokens))
        {
            // Proper names are capitalised in Latin script; French adjectives are not ("l'armée malienne"). Arabic
            // has no capitals, so its names count as written.
            var first = tokens[match.FirstToken];
            var isName = match.Values.Any(c => string.Equals(TextNormalizer.Fold(c.Name), string.Join(' ', tokens.Skip(match.FirstToken).Take(match.TokenCount).Select(t => t.Folded)), StringComparison.Ordinal) ||
                                               c.OtherNames.Any(n => Tokenizer.PhraseKey(n) == string.Join(' ', tokens.Skip(match.FirstToken).Take(match.TokenCount).Select(t => t.Folded))));
            if (isName && !first.IsCapitalized && !first.IsCaseless)
            {
                continue;
            }

            mentions.Add(new Mention<CountryMention>(match.Span, new CountryMention([.. match.Values.Distinct()], !isName), Name));
        }

        return document with { Countries = [.. mentions] };
    }
}
