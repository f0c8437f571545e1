using System.Globalization;
using ConflictAtlas.Core.Evaluation;

namespace ConflictAtlas.Cli.Commands;

/// <summary>The reliability table of <c>atlas eval --calibration</c>: per confidence band and part of the corpus, the
/// predicted events, the share that matched a gold event, and the mean confidence of the band.</summary>
public static class ConfidenceTable
{
    public static void Print(TextWriter output, IReadOnlyList<(string Name, ConfidenceCalibration Calibration)> parts)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(parts);
        output.WriteLine();
        output.WriteLine("confidence reliability: per band, predicted events (not those paired with optional gold), share that matched gold, mean confidence");
        output.WriteLine("band       " + string.Concat(parts.Select(p => $"{p.Name,24}")));
        var tables = parts.Select(p => p.Calibration.Reliability()).ToList();
        for (var b = 0; b < ConfidenceCalibration.BandStarts.Count; b++)
        {
            var band = tables[0][b];
            var name = string.Create(CultureInfo.InvariantCulture, $"{band.Low:0.0}-{band.High:0.0}");
            output.WriteLine($"{name,-11}" + string.Concat(tables.Select(t => $"{Cell(t[b]),24}")));
        }

        output.WriteLine($"{"all",-11}" + string.Concat(parts.Select(p => $"{Total(p.Calibration),24}")));
        output.WriteLine($"{"brier",-11}" + string.Concat(parts.Select(p => $"{Number(p.Calibration.Brier),24}")));
    }

    private static string Cell(ReliabilityBand band) =>
        band.Events == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{band.Events,3} {band.Share:0.00} ({band.MeanConfidence:0.00})");

    private static string Total(ConfidenceCalibration calibration)
    {
        var bands = calibration.Reliability();
        var events = bands.Sum(b => b.Events);
        return events == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{events,3} {(double)bands.Sum(b => b.Matched) / events:0.00}");
    }

    private static string Number(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
