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

    /// <summary>
    /// The sub-event type whose centroid (mean vector of the other reports' sentences of that type) is most similar;
    /// its event type is the one those sentences carry.
    /// </summary>
    public (string EventType, string SubType) NearestCentroid(int index)
    {
        var self = items[index];
        var best = (EventType: string.Empty, SubType: string.Empty, Similarity: float.MinValue);
        foreach (var group in Enumerable.Range(0, items.Count).Where(j => items[j].Report != self.Report)
                     .GroupBy(j => items[j].GoldSubType, StringComparer.Ordinal))
        {
            var centroid = new float[vectors[index].Length];
            foreach (var j in group)
            {
                for (var d = 0; d < centroid.Length; d++)
                {
                    centroid[d] += vectors[j][d];
                }
            }

            var norm = MathF.Sqrt(Dot(centroid, centroid));
            var similarity = norm > 0 ? Dot(vectors[index], centroid) / norm : float.MinValue;
            if (similarity > best.Similarity)
            {
                best = (items[group.First()].GoldEventType, group.Key, similarity);
            }
        }

        return (best.EventType, best.SubType);
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
