using System.Collections.Immutable;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Events;

/// <summary>
/// An extracted value together with the text that justifies it and the stage that produced it.
/// A value without at least one span is a bug: every coded field points back to its characters.
/// </summary>
public sealed record Evidence<T>
{
    public Evidence(T value, ImmutableArray<TextSpan> spans, string producer, double confidence = 1.0)
    {
        ArgumentException.ThrowIfNullOrEmpty(producer);
        if (spans.IsDefaultOrEmpty)
        {
            throw new ArgumentException("evidence needs at least one span", nameof(spans));
        }

        Value = value;
        Spans = spans;
        Producer = producer;
        Confidence = confidence;
    }

    public Evidence(T value, TextSpan span, string producer, double confidence = 1.0)
        : this(value, [span], producer, confidence)
    {
    }

    public T Value { get; init; }

    public ImmutableArray<TextSpan> Spans { get; init; }

    public string Producer { get; init; }

    public double Confidence { get; init; }

    /// <summary>The same value with more supporting spans (duplicates dropped, sorted by offset).</summary>
    public Evidence<T> WithSpans(IEnumerable<TextSpan> more) =>
        this with { Spans = [.. Spans.Concat(more).Distinct().OrderBy(s => s.Start)] };
}
