using ConflictAtlas.Core.Events;
using ConflictAtlas.Core.Lexicon;
using ConflictAtlas.Core.Stages.Detect;

namespace ConflictAtlas.Core.Evaluation;

/// <summary>One order a fitted confidence weight must keep: <see cref="Stronger"/> never weighs less than
/// <see cref="Weaker"/>, two values of the same component.</summary>
public sealed record ConfidenceOrder(ConfidenceComponent Component, string Stronger, string Weaker);

/// <summary>The orders of <c>Resources/confidence-order.tsv</c>: an unknown component or value fails when the file
/// loads.</summary>
public static class ConfidenceOrders
{
    private const string FileName = "confidence-order.tsv";

    public static IReadOnlyList<ConfidenceOrder> Default { get; } = Parse(ResourceFile.ReadRows(FileName));

    public static IReadOnlyList<ConfidenceOrder> Parse(IReadOnlyList<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Select(row =>
        {
            var component = DataNames.Parse<ConfidenceComponent>(row[0].Trim(), FileName);
            var values = ConfidenceModel.ValuesOf(component);
            string Value(int index) => values.Contains(ResourceFile.Field(row, index))
                ? ResourceFile.Field(row, index)
                : throw new InvalidDataException($"{FileName}: '{ResourceFile.Field(row, index)}' is not a value of {row[0].Trim()}");
            return new ConfidenceOrder(component, Value(1), Value(2));
        })];
    }

    /// <summary>The orders the weights of a model break.</summary>
    public static IEnumerable<ConfidenceOrder> BrokenBy(ConfidenceModel model, IEnumerable<ConfidenceOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(model);
        return orders.Where(o => model.Factor(o.Component, o.Stronger).Weight < model.Factor(o.Component, o.Weaker).Weight);
    }
}
