using System.Globalization;
using ConflictAtlas.Core.Lexicon;

namespace ConflictAtlas.Core.Stages.Detect.Rules;

/// <summary>The confidences of coded fields and the distances of event coding (<c>Resources/coding-thresholds.tsv</c>);
/// an event's own confidence is <see cref="ConfidenceModel"/>'s.</summary>
public sealed class CodingThresholds
{
    private readonly Dictionary<string, double> _values;

    public CodingThresholds(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = row[0].Trim();
            if (!double.TryParse(ResourceFile.Field(row, 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !_values.TryAdd(name, value))
            {
                throw new InvalidDataException($"coding threshold '{name}': a number is required, once");
            }
        }

        GenericActor = Take("generic-actor");
        NamedActor = Take("named-actor");
        RenamedGenericActor = Take("renamed-generic-actor");
        ReportActor = Take("report-actor");
        CrowdActor = Take("crowd-actor");
        CivilianVictims = Take("civilian-victims");
        UnidentifiedArmedGroup = Take("unidentified-armed-group");
        EarlierDate = Take("earlier-date");
        StatementDate = Take("statement-date");
        PublicationWeek = Take("publication-week");
        PageDate = Take("page-date");
        ReadDay = Take("read-day");
        OwnPlace = Take("own-place");
        EarlierPlace = Take("earlier-place");
        PlaceReach = (int)Take("place-reach");
        DetaineeReach = (int)Take("detainee-reach");
        if (_values.Count > 0)
        {
            throw new InvalidDataException("unknown coding thresholds: " + string.Join(", ", _values.Keys));
        }
    }

    public static CodingThresholds Default { get; } = new(ResourceFile.ReadRows("coding-thresholds.tsv"));

    public double GenericActor { get; }

    public double NamedActor { get; }

    public double RenamedGenericActor { get; }

    public double ReportActor { get; }

    public double CrowdActor { get; }

    public double CivilianVictims { get; }

    public double UnidentifiedArmedGroup { get; }

    public double EarlierDate { get; }

    public double StatementDate { get; }

    public double PublicationWeek { get; }

    public double PageDate { get; }

    public double ReadDay { get; }

    public double OwnPlace { get; }

    public double EarlierPlace { get; }

    public int PlaceReach { get; }

    /// <summary>Words between an arrest and the politician, journalist or fighter it names for the arrest to be theirs.</summary>
    public int DetaineeReach { get; }

    private double Take(string name) =>
        _values.Remove(name, out var value) ? value : throw new InvalidDataException($"coding threshold '{name}' is missing");
}
