namespace ConflictAtlas.Core.Evaluation;

/// <summary>Optimal pairing of two sets by a weight matrix (the Hungarian method).</summary>
public static class Assignment
{
    /// <summary>
    /// Pairs rows with columns where the weight is positive: the most pairs possible, and among those the greatest sum
    /// of weights; each row and column in at most one pair. Pairs come in row order.
    /// </summary>
    public static List<(int Row, int Column)> MaximumPairs(int[,] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        var n = Math.Max(rows, columns);
        if (n == 0)
        {
            return [];
        }

        // A pair is worth more than any difference in the sum of weights, so the count of pairs comes first.
        long max = 0;
        foreach (var w in weights)
        {
            max = Math.Max(max, w);
        }

        var pairValue = (max * n) + 1;
        var cost = new long[n + 1, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var w = i < rows && j < columns ? weights[i, j] : 0;
                cost[i + 1, j + 1] = w > 0 ? -(pairValue + w) : 0;
            }
        }

        var columnOf = Solve(cost, n);
        var result = new List<(int Row, int Column)>();
        for (var i = 0; i < rows; i++)
        {
            var j = columnOf[i];
            if (j < columns && weights[i, j] > 0)
            {
                result.Add((i, j));
            }
        }

        return result;
    }

    /// <summary>The minimum-cost assignment of an n×n matrix (1-based): the column of each row (0-based).</summary>
    private static int[] Solve(long[,] cost, int n)
    {
        var u = new long[n + 1];
        var v = new long[n + 1];
        var rowOf = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            rowOf[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(long.MaxValue, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                var i0 = rowOf[j0];
                var delta = long.MaxValue;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cur = cost[i0, j] - u[i0] - v[j];
                    if (cur < minv[j])
                    {
                        minv[j] = cur;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (rowOf[j0] != 0);

            do
            {
                var j1 = way[j0];
                rowOf[j0] = rowOf[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var columnOf = new int[n];
        for (var j = 1; j <= n; j++)
        {
            columnOf[rowOf[j] - 1] = j - 1;
        }

        return columnOf;
    }
}
