using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Cli.Commands;

/// <summary>
/// <c>atlas extract --explain</c>: for every sentence that names an act, the event it founded or joined, or why it was
/// dropped, with the span of the cue; for every event, the rule that set each coded field.
/// </summary>
public static class Explanation
{
    /// <summary>The longest stretch of a sentence quoted in the explanation.</summary>
    private const int QuoteLength = 110;

    public static string Describe(SentenceVerdict verdict, Document document)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(document);
        var cue = verdict.Cue is { } c ? $" \"{document.TextOf(c)}\" [{c.Start},{c.End})" : string.Empty;
        return verdict.Kind switch
        {
            VerdictKind.FoundedEvent => $"became event {verdict.Event + 1}",
            VerdictKind.JoinedEvent => $"joined event {verdict.Event + 1}",
            VerdictKind.AddedToll => $"gave the toll of event {verdict.Event + 1}",
            _ => "dropped: " + Reason(verdict.Reason) + cue,
        };
    }

    public static string Reason(DropReason reason) => reason switch
    {
        DropReason.Figurative => "a conflict word used figuratively",
        DropReason.Historical => "background (a past year or a history cue, and no day)",
        DropReason.Habitual => "habitual (a habit cue, and no day)",
        DropReason.Recalled => "recalled (an act dated weeks before the report's latest event: background)",
        DropReason.Denial => "denied",
        DropReason.Legal => "a court or legal matter, not the act",
        DropReason.Retrospective => "a retrospective",
        DropReason.ModalCue => "future or hypothetical",
        DropReason.Calm => "a calm cue (the protest stayed peaceful)",
        DropReason.NoParticipant => "no participant (no actor, victim or toll)",
        DropReason.NotPolitical => "an arrest of no one politically significant (crime, not a political event)",
        DropReason.NoDate => "no resolvable date",
        DropReason.NoPlace => "no resolvable place",
        DropReason.NoEventToJoin => "no day or place of its own, and no compatible event to join",
        DropReason.WeakContext => "no day or place of its own, and too little evidence in the report's context for its main event",
        _ => reason.ToString(),
    };

    public static void Write(TextWriter output, Document document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        output.WriteLine();
        output.WriteLine($"  explain: {document.Verdicts.Length} of {document.Sentences.Length} sentence(s) name an act");
        if (Languages.IsUnread(document.Metadata.Language))
        {
            output.WriteLine($"    not read: the report is in '{document.Metadata.Language}', a language without vocabulary rows, so no sentence was read for events");
        }

        foreach (var verdict in document.Verdicts)
        {
            output.WriteLine($"    [{verdict.Span.Start},{verdict.Span.End}) \"{Quote(document.TextOf(verdict.Span))}\"");
            output.WriteLine($"      -> {Describe(verdict, document)}");
        }

        for (var i = 0; i < document.Events.Length; i++)
        {
            output.WriteLine($"    event {i + 1}: {string.Join("; ", Rules(document.Events[i]).Select(r => $"{r.Field} by {r.Rule}"))}");
            output.WriteLine($"      {Confidence(document.Events[i])}");
        }
    }

    public static JsonArray ToJson(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Verdicts.Select(v => (JsonNode)new JsonObject
        {
            ["start"] = v.Span.Start,
            ["end"] = v.Span.End,
            ["verdict"] = Describe(v, document),
            ["event"] = v.Event is { } e ? e + 1 : null,
        })];
    }

    /// <summary>"confidence 0.81 = logistic(intercept -0.60, date own-day +0.62, ...)": what the confidence was read
    /// from, each component with its weight (<c>confidence-weights.tsv</c>).</summary>
    public static string Confidence(ConflictEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var intercept = ConfidenceModel.Default.Intercept.ToString("+0.00;-0.00", CultureInfo.InvariantCulture);
        var confidence = e.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        return $"confidence {confidence} = logistic(intercept {intercept}, {string.Join(", ", e.ConfidenceFactors)})";
    }

    /// <summary>Per event (numbered from 1): its confidence, the intercept and each component with its value and weight.</summary>
    public static JsonArray ConfidenceToJson(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Events.Select((e, i) => (JsonNode)new JsonObject
        {
            ["event"] = i + 1,
            ["confidence"] = e.Confidence,
            ["intercept"] = ConfidenceModel.Default.Intercept,
            ["components"] = new JsonArray([.. e.ConfidenceFactors.Select(f => (JsonNode)new JsonObject
            {
                ["component"] = DataNames.ToKebab(f.Component.ToString()),
                ["value"] = f.Value,
                ["weight"] = f.Weight,
            })]),
        })];
    }

    private static IEnumerable<(string Field, string Rule)> Rules(ConflictEvent e) =>
        e.CodedBy.Select(kv => (kv.Key.ToString(), kv.Value));

    private static string Quote(string sentence)
    {
        var flat = sentence.ReplaceLineEndings(" ");
        return flat.Length <= QuoteLength ? flat : flat[..QuoteLength] + "...";
    }
}
