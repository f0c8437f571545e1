using ConflictAtlas.Core.Catalogs;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Mentions;

/// <summary>
/// Finds actor aliases from the catalogue. Aliases that only make sense in one country ("the army") keep that
/// condition; the event coder applies it with the event's country.
/// </summary>
public sealed class ActorStage(ActorCatalog actors) : IPipelineStage
{
    public ActorStage()
        : this(ActorCatalog.Default)
    {
    }

    public string Name => "actors";

    public Annotations Requires => Annotations.Text | Annotations.Tokens | Annotations.Countries;

    public Annotations Produces => Annotations.Actors;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = actors.Matcher.Match(document.Tokens)
            .Select(match => new Mention<ActorMention>(match.Span, new ActorMention([.. match.Values.Distinct()]), Name));
        return document with { Actors = [.. mentions] };
    }
}
