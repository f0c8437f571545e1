using System.Globalization;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Events;

/// <summary>What an event's confidence is read from: how each part of the evidence was found.</summary>
public enum ConfidenceComponent
{
    /// <summary>How the day was found.</summary>
    Date,

    /// <summary>ACLED's time_precision of the coded date: 1, 2 or 3.</summary>
    TimePrecision,

    /// <summary>How the place was found.</summary>
    Place,

    /// <summary>ACLED's geo_precision of the coded place: 1, 2 or 3.</summary>
    GeoPrecision,

    /// <summary>What kind of actor1 was coded.</summary>
    Actor1,

    /// <summary>Whether a death toll was read from a death phrase.</summary>
    Toll,

    /// <summary>How many sentences tell the event and agree on it: 1, 2 or 3 (three or more).</summary>
    Mentions,

    /// <summary>The language the report was read in (a known language code, or <c>other</c>).</summary>
    Language,

    /// <summary>Whether a strong trigger names the act.</summary>
    Trigger,
}

/// <summary>One part of an event's confidence: what was found and the weight the model gives it.</summary>
public sealed record ConfidenceFactor(ConfidenceComponent Component, string Value, double Weight)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DataNames.ToKebab(Component.ToString())} {Value} {Weight:+0.00;-0.00}");
}
