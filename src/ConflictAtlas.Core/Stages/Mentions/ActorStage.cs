using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// Finds actor aliases from the catalogue. Aliases that only make sense in one country ("the army") are kept only
/// when the document is about that country.
/// </summary>
public sealed class ActorStage(ActorCatalog actors, CountryCatalog countries) : IPipelineStage
{
    public ActorStage()
        : this(ActorCatalog.Default, CountryCatalog.Default)
    {
    }

    public string Name => "actors";

    public Annotations Requires => Annotations.Text | Annotations.Countries;

    public Annotations Produces => Annotations.Actors;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = CountryContext.From(document, countries);
        var tokens = Tokenizer.Tokenize(document.Text);
        var mentions = new List<Mention>();
        foreach (var match in actors.Matcher.Match(tokens))
        {
            var candidates = match.Values
                .Where(a => a.RequiresCountryIso2 is null || a.RequiresCountryIso2 == context.Main?.Iso2)
                .Select(a => a.Actor)
                .Distinct()
                .ToList();
            if (candidates.Count > 0)
            {
                mentions.Add(new Mention(MentionKind.Actor, match.Span, new ActorMention(candidates), Name));
            }
        }

        return document with { Mentions = [.. document.Mentions.Where(m => m.Kind != MentionKind.Actor), .. mentions] };
    }
}
