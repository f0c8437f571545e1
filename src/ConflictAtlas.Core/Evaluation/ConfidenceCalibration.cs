using System.Globalization;
using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// How far an event's confidence can be trusted: the predicted events of a labelled corpus, each with its confidence
/// factors and whether it matched a gold event (a prediction that paired with an optional gold event is left out, as
/// precision leaves it out). Gives the reliability table (per confidence band, the events and the share that matched)
/// and fits the weights of <see cref="ConfidenceModel"/> by L2-regularised logistic regression.
/// </summary>
public sealed class ConfidenceCalibration
{
    /// <summary>The lower bounds of the confidence bands of the reliability table.</summary>
    public static IReadOnlyList<double> BandStarts { get; } = [0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9];

    private readonly List<(ConflictEvent Event, bool Matched)> _events = [];

    public int Count => _events.Count;

    /// <summary>Adds one report's predictions: <paramref name="match"/> says which paired with required gold events
    /// and which with optional ones.</summary>
    public void Add(IReadOnlyList<ConflictEvent> predicted, ReportMatch match)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(match);
        var hits = match.Pairs.Select(p => p.Predicted).ToHashSet();
        var optional = match.OptionalPairs.Select(p => p.Predicted).ToHashSet();
        for (var i = 0; i < predicted.Count; i++)
        {
            if (!optional.Contains(i))
            {
                _events.Add((predicted[i], hits.Contains(i)));
            }
        }
    }

    /// <summary>Per band: its bounds, the events whose confidence falls in it, how many matched gold, and the mean
    /// confidence of its events.</summary>
    public IReadOnlyList<ReliabilityBand> Reliability()
    {
        var bands = new List<ReliabilityBand>();
        for (var b = 0; b < BandStarts.Count; b++)
        {
            var low = BandStarts[b];
            var high = b + 1 < BandStarts.Count ? BandStarts[b + 1] : 1.0;
            var inBand = _events.Where(e => e.Event.Confidence >= low && (e.Event.Confidence < high || b + 1 == BandStarts.Count)).ToList();
            bands.Add(new ReliabilityBand(low, high, inBand.Count, inBand.Count(e => e.Matched), inBand.Count == 0 ? double.NaN : inBand.Average(e => e.Event.Confidence)));
        }

        return bands;
    }

    /// <summary>The mean squared gap between an event's confidence and whether it matched (the Brier score).</summary>
    public double Brier => _events.Count == 0 ? double.NaN : _events.Average(e => Math.Pow(e.Event.Confidence - (e.Matched ? 1 : 0), 2));

    /// <summary>
    /// Fits the intercept and one weight per component value seen: logistic regression on the one-hot factors,
    /// maximising the log-likelihood less <paramref name="l2"/>/2 times the sum of the squared weights (the intercept
    /// is not penalised), by Newton's method. A value no event has keeps weight 0. Where the fit breaks one of
    /// <paramref name="orders"/> (the stronger value weighs less than the weaker), the two values are tied to one
    /// shared weight and the fit runs again, the most broken order first, until every order holds.
    /// </summary>
    public (double Intercept, IReadOnlyDictionary<(ConfidenceComponent Component, string Value), double> Weights) Fit(double l2 = 1.0, IReadOnlyList<ConfidenceOrder>? orders = null)
    {
        orders ??= [];
        var features = _events.SelectMany(e => e.Event.ConfidenceFactors.Select(f => (f.Component, f.Value))).Distinct()
            .OrderBy(f => f.Component).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
        var seen = features.ToHashSet();
        // A value of an order that no event has takes part as a weight fixed at 0 (its group is "unseen").
        var group = features.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i + 1);
        while (true)
        {
            var w = FitGroups(l2, features.Count + 1, group);
            double WeightOf((ConfidenceComponent, string) f) => group.TryGetValue(f, out var g) ? w[g] : 0;
            var broken = orders
                .Select(o => (Order: o, Gap: WeightOf((o.Component, o.Weaker)) - WeightOf((o.Component, o.Stronger))))
                .Where(x => x.Gap > 1e-9)
                .OrderByDescending(x => x.Gap)
                .FirstOrDefault();
            if (broken.Order is null)
            {
                return (w[0], features.ToDictionary(f => f, WeightOf));
            }

            var stronger = (broken.Order.Component, broken.Order.Stronger);
            var weaker = (broken.Order.Component, broken.Order.Weaker);
            if (!seen.Contains(stronger) || !seen.Contains(weaker))
            {
                // Tied to a value no event has: the seen one is fixed at 0 too.
                var fixedAtZero = seen.Contains(stronger) ? stronger : weaker;
                var old = group[fixedAtZero];
                foreach (var f in group.Where(kv => kv.Value == old).Select(kv => kv.Key).ToList())
                {
                    group.Remove(f);
                    seen.Remove(f);
                }
            }
            else
            {
                var (keep, drop) = (group[stronger], group[weaker]);
                foreach (var f in group.Where(kv => kv.Value == drop).Select(kv => kv.Key).ToList())
                {
                    group[f] = keep;
                }
            }
        }
    }

    /// <summary>The Newton fit of the intercept (index 0) and one weight per group of tied values; a group's penalty
    /// counts each of its values. Groups are numbered from 1 to <paramref name="n"/> - 1 and may have gaps.</summary>
    private double[] FitGroups(double l2, int n, Dictionary<(ConfidenceComponent, string), int> group)
    {
        var size = new double[n];
        foreach (var g in group.Values)
        {
            size[g]++;
        }

        var rows = _events.Select(e => (Columns: e.Event.ConfidenceFactors.Select(f => (f.Component, f.Value)).Where(group.ContainsKey).Select(f => group[f]).Prepend(0).ToArray(), Y: e.Matched ? 1.0 : 0.0)).ToList();
        var w = new double[n];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[n];
            var hessian = new double[n, n];
            foreach (var (columns, y) in rows)
            {
                var p = ConfidenceModel.Logistic(columns.Sum(c => w[c]));
                foreach (var c in columns)
                {
                    gradient[c] += y - p;
                    foreach (var d in columns)
                    {
                        hessian[c, d] += p * (1 - p);
                    }
                }
            }

            for (var c = 1; c < n; c++)
            {
                // A group with no value left (all tied away or fixed at 0) keeps weight 0.
                gradient[c] -= l2 * size[c] * w[c];
                hessian[c, c] += size[c] == 0 ? 1 : l2 * size[c];
            }

            hessian[0, 0] += 1e-9;
            var step = Solve(hessian, gradient);
            for (var c = 0; c < n; c++)
            {
                w[c] += step[c];
            }

            if (step.Max(Math.Abs) < 1e-9)
            {
                break;
            }
        }

        return w;
    }

    /// <summary>Writes fitted weights in the form of <c>confidence-weights.tsv</c>: every value of every component, in
    /// the order <see cref="ConfidenceModel.ValuesOf"/> gives, 0 for a value no event had.</summary>
    public static void WriteWeights(TextWriter output, double intercept, IReadOnlyDictionary<(ConfidenceComponent Component, string Value), double> weights, string provenance)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(weights);
        output.WriteLine("# The weights of an event's confidence (ConfidenceModel): confidence = 1 / (1 + exp(-(intercept + the weights");
        output.WriteLine("# of the event's component values))), one value per component. Fitted by `atlas eval --calibration --fit FILE`:");
        output.WriteLine("# L2-regularised logistic regression of 'the event matched a gold event' on the one-hot component values, over");
        output.WriteLine("# the predicted events of the tuned part of the real corpus (a value no event had weighs 0), keeping the orders of");
        output.WriteLine("# confidence-order.tsv (values the data would reverse share one weight). " + provenance);
        output.WriteLine("# component\tvalue\tweight");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ConfidenceModel.InterceptName}\t-\t{intercept:0.000}"));
        foreach (var component in Enum.GetValues<ConfidenceComponent>())
        {
            foreach (var value in ConfidenceModel.ValuesOf(component))
            {
                var weight = weights.GetValueOrDefault((component, value));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DataNames.ToKebab(component.ToString())}\t{value}\t{weight:0.000}"));
            }
        }
    }

    /// <summary>Solves <paramref name="a"/> x = <paramref name="b"/> by Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                {
                    (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
                }

                (x[col], x[pivot]) = (x[pivot], x[col]);
            }

            for (var r = col + 1; r < n; r++)
            {
                var f = m[r, col] / m[col, col];
                for (var c = col; c < n; c++)
                {
                    m[r, c] -= f * m[col, c];
                }

                x[r] -= f * x[col];
            }
        }

        for (var r = n - 1; r >= 0; r--)
        {
            for (var c = r + 1; c < n; c++)
            {
                x[r] -= m[r, c] * x[c];
            }

            x[r] /= m[r, r];
        }

        return x;
    }
}

/// <summary>One band of a reliability table: confidences in [<see cref="Low"/>, <see cref="High"/>) (the last band
/// includes 1), its events, how many matched a gold event, and their mean confidence.</summary>
public sealed record ReliabilityBand(double Low, double High, int Events, int Matched, double MeanConfidence)
{
    public double Share => Events == 0 ? double.NaN : (double)Matched / Events;
}
