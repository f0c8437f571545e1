using System.Globalization;
using System.Text.Json.Nodes;
using ConflictAtlas.Cli.Commands;
using ConflictAtlas.Core.Evaluation;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Pipeline;
using ConflictAtlas.Core.Sources;
using ConflictAtlas.Core.Stages.Detect;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Bench.Embeddings;

/// <summary>
/// Codes every report of the labelled corpus as <c>atlas eval</c> does, pairs predicted with gold events
/// (<see cref="EventMatcher.Pair"/>) and keeps, per pair, the text of the sentences holding the trigger.
/// </summary>
public sealed class CorpusSentences
{
    private CorpusSentences(List<LabelledSentence> labelled, List<Document> documents, List<string> triggerSentences)
    {
        Labelled = labelled;
        Documents = documents;
        TriggerSentences = triggerSentences;
    }

    public IReadOnlyList<LabelledSentence> Labelled { get; }

    /// <summary>The corpus reports, ready to be run through the pipeline again (for timing).</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The trigger sentences of every predicted event (matched or not): what a learned coder would embed.</summary>
    public IReadOnlyList<string> TriggerSentences { get; }

    public static CorpusSentences Read(string corpus, Pipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var labelled = new List<LabelledSentence>();
        var documents = new List<Document>();
        var triggerSentences = new List<string>();
        foreach (var (report, language, input, goldEvents) in LabelledReport.ReadAll(corpus))
        {
            documents.Add(input);
            var document = pipeline.Run(input);
            triggerSentences.AddRange(document.Events.SelectMany(e => TriggerText(document.Text, e)));
            foreach (var (p, g) in EventMatcher.Pair(document.Events, goldEvents))
            {
                var predicted = document.Events[p];
                var expected = goldEvents[g];
                if (expected.EventType is null || expected.SubEventType is null)
                {
                    continue;
                }

                labelled.Add(new LabelledSentence(
                    Path.GetFileNameWithoutExtension(report), language, string.Join(' ', TriggerText(document.Text, predicted)),
                    predicted.Class.Value.EventType, predicted.Class.Value.SubEventType, expected.EventType, expected.SubEventType,
                    IsGeneric(document.Text, predicted)));
            }
        }

        return new CorpusSentences(labelled, documents, triggerSentences);
    }

    /// <summary>The sentences of the event that hold one of its trigger spans (the first sentence when none does).</summary>
    internal static List<string> TriggerText(string text, ConflictEvent e)
    {
        var sentences = e.Sentences.Where(s => e.Trigger.Spans.Any(s.Overlaps)).Select(s => s.Of(text)).ToList();
        return sentences.Count > 0 || e.Sentences.IsDefaultOrEmpty ? sentences : [e.Sentences[0].Of(text)];
    }

    /// <summary>True when no trigger span of the event matches a phrase of triggers.tsv marked strong.</summary>
    private static bool IsGeneric(string text, ConflictEvent e) =>
        !e.Trigger.Spans.Any(span => EventLexicon.Default.Triggers.Match(Tokenizer.Tokenize(text, span))
            .Any(m => m.Values.Any(t => t.IsStrong)));
}
