namespace Accountability.Scoring;

/// <summary>
/// The order in which a scorecard's criteria are scored when some criteria's formulas read other criteria's scores:
/// every criterion after the criteria it reads, otherwise in criterion-id order. Kahn's algorithm with a priority
/// queue: n log n, no recursion.
/// </summary>
internal static class CriterionOrder
{
    /// <summary>Orders the columns.</summary>
    /// <param name="canonical">The columns in criterion-id order.</param>
    /// <param name="reads">For each column, the columns whose scores it reads (empty for most).</param>
    /// <param name="order">The columns in scoring order; only those not on or behind a cycle when there is one.</param>
    /// <returns>The columns on a cycle (empty when there is none), in criterion-id order.</returns>
    public static int[] Compute(ReadOnlySpan<int> canonical, int[][] reads, out int[] order)
    {
        int n = canonical.Length;
        var rank = new int[n];
        for (int k = 0; k < n; k++)
        {
            rank[canonical[k]] = k;
        }

        // readers[j]: the columns that read column j.
        var readerCount = new int[n];
        var pending = new int[n];
        foreach (int[] columns in reads)
        {
            foreach (int j in columns)
            {
                readerCount[j]++;
            }
        }

        var readers = new int[n][];
        for (int j = 0; j < n; j++)
        {
            readers[j] = new int[readerCount[j]];
            readerCount[j] = 0;
        }

        for (int i = 0; i < n; i++)
        {
            pending[i] = reads[i].Length;
            foreach (int j in reads[i])
            {
                readers[j][readerCount[j]++] = i;
            }
        }

        var ready = new PriorityQueue<int, int>(n);
        for (int i = 0; i < n; i++)
        {
            if (pending[i] == 0)
            {
                ready.Enqueue(i, rank[i]);
            }
        }

        var result = new List<int>(n);
        while (ready.TryDequeue(out int i, out _))
        {
            result.Add(i);
            foreach (int reader in readers[i])
            {
                if (--pending[reader] == 0)
                {
                    ready.Enqueue(reader, rank[reader]);
                }
            }
        }

        order = [.. result];
        if (result.Count == n)
        {
            return [];
        }

        // What is left lies on a cycle or behind one; peel off, from the other end, the columns no one left reads.
        var left = new bool[n];
        var remainingReaders = new int[n];
        for (int i = 0; i < n; i++)
        {
            left[i] = pending[i] > 0;
        }

        for (int i = 0; i < n; i++)
        {
            if (left[i])
            {
                foreach (int j in reads[i])
                {
                    if (left[j])
                    {
                        remainingReaders[j]++;
                    }
                }
            }
        }

        var leaves = new Stack<int>();
        for (int i = 0; i < n; i++)
        {
            if (left[i] && remainingReaders[i] == 0)
            {
                leaves.Push(i);
            }
        }

        while (leaves.TryPop(out int i))
        {
            left[i] = false;
            foreach (int j in reads[i])
            {
                if (left[j] && --remainingReaders[j] == 0)
                {
                    leaves.Push(j);
                }
            }
        }

        var cycle = new List<int>();
        foreach (int i in canonical)
        {
            if (left[i])
            {
                cycle.Add(i);
            }
        }

        return [.. cycle];
    }
}
