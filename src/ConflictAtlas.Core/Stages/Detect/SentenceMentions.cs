using ConflictAtlas.Core.Stages.Mentions;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>The mentions of each kind that lie inside one sentence (or clause), in the order their stages found them.</summary>
public sealed record SentenceMentions(
    List<Mention<DateMention>> Dates,
    List<Mention<NumberMention>> Numbers,
    List<Mention<ActorMention>> Actors,
    List<Mention<PlaceMention>> Places)
{
    public static SentenceMentions Of(Document document, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SentenceMentions(
            SpanSearch.Within(document.Dates, span),
            SpanSearch.Within(document.Numbers, span),
            SpanSearch.Within(document.Actors, span),
            SpanSearch.Within(document.Places, span).FindAll(m => !m.Value.IsUnnamedCapital));
    }
}
