namespace ConflictAtlas.Bench.Embeddings;

/// <summary>
/// k-nearest-neighbour vote by cosine similarity over unit vectors, leaving out every sentence of the report
/// being classified (and, optionally, sentences of other languages).
/// </summary>
public sealed class NearestNeighbours(IReadOnlyList<LabelledSentence> items, float[][] vectors)
{
    /// <summary>The voted gold labels of the <paramref name="k"/> nearest sentences of other reports.</summary>
    public (string EventType, string SubType, bool Unanimous) Classify(int index, int k, bool sameLanguageOnly = false)
    {
        var self = items[index];
        var nearest = Enumerable.Range(0, items.Count)
            .Where(j => items[j].Report != self.Report && (!sameLanguageOnly || items[j].Language == self.Language))
            .Select(j => (Index: j, Similarity: Dot(vectors[index], vectors[j])))
            .OrderByDescending(x => x.Similarity)
            .Take(k)
            .ToList();
        var subType = Vote(nearest, j => items[j].GoldSubType);
        var eventType = Vote(nearest, j => items[j].GoldEventType);
        var unanimous = nearest.Count == k && nearest.All(n => items[n.Index].GoldSubType == subType);
        return (eventType, subType, unanimous);
    }

    /// <summary>The most frequent label; a tie goes to the label with the larger summed similarity.</summary>
    private static string Vote(List<(int Index, float Similarity)> nearest, Func<int, string> label) =>
        nearest.GroupBy(n => label(n.Index), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Sum(n => n.Similarity))
            .First().Key;

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }
}
