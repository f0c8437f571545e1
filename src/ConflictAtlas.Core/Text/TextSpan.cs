namespace ConflictAtlas.Core.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a text (the unit JavaScript and .NET
/// strings index by). <c>End</c> is the index of the first character after the span.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => Length == 0;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Contains(int offset) => Start <= offset && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The span moved by <paramref name="delta"/> characters.</summary>
    public TextSpan Shift(int delta) => new(Start + delta, End + delta);

    /// <summary>The smallest span covering both spans.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(text), $"span {this} exceeds text length {text.Length}");
        }

        return text[Start..End];
    }

    public override string ToString() => $"[{Start}, {End})";
}
