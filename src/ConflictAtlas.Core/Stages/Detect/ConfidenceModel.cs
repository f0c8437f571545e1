using System.Globalization;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Detect;

/// <summary>Where the event's day came from.</summary>
public enum DateEvidence
{
    /// <summary>A day or week named in the event's own sentences.</summary>
    OwnDay,

    /// <summary>A date of the event's own sentences known only to its month (a day with no year on an undated page).</summary>
    OwnMonth,

    /// <summary>The nearest earlier date of the event's paragraph (the paragraph chain).</summary>
    Paragraph,

    /// <summary>A day reference ("the day before") relative to the last day the report named.</summary>
    DayReference,

    /// <summary>The date of the report's dateline, the nearest earlier date of the paragraph.</summary>
    Dateline,

    /// <summary>The day a statement about the event was made.</summary>
    Statement,

    /// <summary>Only the publication date: the week before it.</summary>
    PublicationWeek,

    /// <summary>An undated report: the latest date of the page.</summary>
    PageDate,

    /// <summary>An undated report naming no date: the month it was read in.</summary>
    ReadDay,
}

/// <summary>Where the event's place came from.</summary>
public enum PlaceEvidence
{
    /// <summary>A place named in the event's own sentences.</summary>
    OwnSentence,

    /// <summary>The nearest earlier place of the event's paragraph.</summary>
    Paragraph,

    /// <summary>A place named just after the event's sentence.</summary>
    After,

    /// <summary>The place of the report's dateline (where it was filed), the fall-back.</summary>
    Dateline,

    /// <summary>Only the event's country: its sentences name the country alone or a place the gazetteer lacks.</summary>
    Country,
}

/// <summary>What kind of actor was coded.</summary>
public enum ActorEvidence
{
    /// <summary>An actor of the catalogue named in the event's own sentences.</summary>
    Named,

    /// <summary>A named actor taken from elsewhere in the report.</summary>
    Report,

    /// <summary>A generic description ("gunmen") or a generic victim group.</summary>
    Generic,

    /// <summary>The "Unidentified Armed Group" of an attack whose author is not named.</summary>
    Unidentified,

    /// <summary>The generic protesters or rioters of a demonstration.</summary>
    Crowd,

    /// <summary>No actor.</summary>
    None,
}

/// <summary>Whether the event's toll was read from a death phrase.</summary>
public enum TollEvidence
{
    DeathPhrase,
    None,
}

/// <summary>Whether a strong trigger names the act.</summary>
public enum TriggerEvidence
{
    Strong,
    Generic,
}

/// <summary>
/// An event's confidence from its evidence (<c>Resources/confidence-weights.tsv</c>): a logistic model, the
/// intercept plus one weight per component value, squashed to 0..1. The weights are fitted on the tuned part of the
/// real corpus (<c>atlas eval --calibration --fit FILE</c>), so a confidence estimates the chance that the event is a
/// real event of the report. A component value the file does not list weighs 0.
/// </summary>
public sealed class ConfidenceModel
{
    /// <summary>The name of the intercept row in the weights file.</summary>
    public const string InterceptName = "intercept";

    /// <summary>The <see cref="ConfidenceComponent.Language"/> value of a language the model has no weight for.</summary>
    public const string OtherLanguage = "other";

    // Before Default, which reads it while the type initialises.
    private static readonly string[] Levels = ["1", "2", "3"];

    private readonly Dictionary<(ConfidenceComponent, string), double> _weights = [];

    public ConfidenceModel(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        double? intercept = null;
        foreach (var row in rows)
        {
            var name = row[0].Trim();
            if (!double.TryParse(ResourceFile.Field(row, 2), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new InvalidDataException($"confidence weight '{name} {ResourceFile.Field(row, 1)}': a number is required");
            }

            if (name == InterceptName)
            {
                intercept = intercept is null ? weight : throw new InvalidDataException("confidence weights: the intercept is given twice");
                continue;
            }

            var component = DataNames.Parse<ConfidenceComponent>(name, "confidence-weights.tsv");
            var value = ResourceFile.Field(row, 1);
            if (!ValuesOf(component).Contains(value))
            {
                throw new InvalidDataException($"confidence-weights.tsv: '{value}' is not a value of {name} (expected one of {string.Join(", ", ValuesOf(component))})");
            }

            if (!_weights.TryAdd((component, value), weight))
            {
                throw new InvalidDataException($"confidence-weights.tsv: {name} {value} is given twice");
            }
        }

        Intercept = intercept ?? throw new InvalidDataException("confidence-weights.tsv: the intercept is missing");
    }

    public static ConfidenceModel Default { get; } = new(ResourceFile.ReadRows("confidence-weights.tsv"));

    public double Intercept { get; }

    /// <summary>Every value a component may take, in the order the weights file lists them.</summary>
    public static IReadOnlyList<string> ValuesOf(ConfidenceComponent component) => component switch
    {
        ConfidenceComponent.Date => Names<DateEvidence>(),
        ConfidenceComponent.Place => Names<PlaceEvidence>(),
        ConfidenceComponent.Actor1 => Names<ActorEvidence>(),
        ConfidenceComponent.Toll => Names<TollEvidence>(),
        ConfidenceComponent.Trigger => Names<TriggerEvidence>(),
        ConfidenceComponent.Language => [.. Languages.Known.Order(StringComparer.Ordinal), OtherLanguage],
        _ => Levels,
    };

    /// <summary>The factor of one component value, with its weight.</summary>
    public ConfidenceFactor Factor(ConfidenceComponent component, string value) =>
        new(component, value, _weights.GetValueOrDefault((component, value)));

    public ConfidenceFactor Factor<T>(ConfidenceComponent component, T value)
        where T : struct, Enum =>
        Factor(component, DataNames.ToKebab(value.ToString()));

    /// <summary>The factor of a count or precision level (1, 2, or 3 for three and more).</summary>
    public ConfidenceFactor Factor(ConfidenceComponent component, int level) =>
        Factor(component, Math.Clamp(level, 1, 3).ToString(CultureInfo.InvariantCulture));

    /// <summary>The factor of the report's language: its code when the model knows it, else <see cref="OtherLanguage"/>.</summary>
    public ConfidenceFactor LanguageFactor(string? language) =>
        Factor(ConfidenceComponent.Language, language is not null && Languages.Known.Contains(language) ? language : OtherLanguage);

    /// <summary>The confidence of an event with these factors, to two decimals.</summary>
    public double Score(IEnumerable<ConfidenceFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        return Math.Round(Logistic(Intercept + factors.Sum(f => f.Weight)), 2);
    }

    public static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    private static string[] Names<T>()
        where T : struct, Enum =>
        [.. Enum.GetNames<T>().Select(DataNames.ToKebab)];
}
