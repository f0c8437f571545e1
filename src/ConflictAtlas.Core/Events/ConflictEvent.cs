using System.Collections.Immutable;
using ConflictAtlas.Core.Text;

namespace ConflictAtlas.Core.Events;

/// <summary>One event as read from one document, every coded field with its evidence.</summary>
public sealed record ConflictEvent
{
    public required Evidence<EventClass> Class { get; init; }

    /// <summary>The words that signal the event ("drone strikes").</summary>
    public required Evidence<string> Trigger { get; init; }

    public Evidence<Actor>? Actor1 { get; init; }

    public ImmutableArray<Evidence<Actor>> AssocActor1 { get; init; } = [];

    public Evidence<Actor>? Actor2 { get; init; }

    public ImmutableArray<Evidence<Actor>> AssocActor2 { get; init; } = [];

    public bool CivilianTargeting { get; init; }

    public Evidence<EventDate>? Date { get; init; }

    /// <summary>The place as named in the text; resolved with coordinates by the geocoder.</summary>
    public Evidence<Place>? Place { get; init; }

    public Evidence<FatalityEstimate>? Fatalities { get; init; }

    /// <summary>The sentences the event was read from.</summary>
    public ImmutableArray<TextSpan> Sentences { get; init; } = [];

    public string Notes { get; init; } = string.Empty;

    /// <summary>The chance that this is a real event of the report, from how its evidence was found
    /// (<see cref="ConfidenceFactors"/>), calibrated on real reports.</summary>
    public double Confidence { get; init; }

    /// <summary>
    /// For diagnosis (<c>--explain</c>), not part of the JSON contract: what the confidence was read from, each
    /// component with its weight.
    /// </summary>
    public ImmutableArray<ConfidenceFactor> ConfidenceFactors { get; init; } = [];

    /// <summary>
    /// For diagnosis (<c>--explain</c>), not part of the JSON contract: the name of the coding rule that last set each
    /// field (<see cref="CodedFields"/>); a field no rule changed is absent.
    /// </summary>
    public ImmutableSortedDictionary<CodedFields, string> CodedBy { get; init; } = ImmutableSortedDictionary<CodedFields, string>.Empty;
}
