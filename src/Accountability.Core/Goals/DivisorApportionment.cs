namespace Accountability.Goals;

/// <summary>
/// The divisor methods (D'Hondt, Sainte-Laguë, Huntington–Hill) with bounds, exactly. Phases: a floating-point first
/// guess of the common divisor (<see cref="Guess"/>, refined by <see cref="Refine"/>, or by <see cref="Bisect"/> when
/// refining stalls), then exact integer work: <see cref="Balance"/> adds or removes the units the guess got wrong,
/// and <see cref="Exchange"/> swaps units while a unit not given has a better claim than one given. The guess never
/// decides the result; the exact phases do.
/// </summary>
internal sealed class DivisorApportionment
{
    private readonly long _total;
    private readonly long[] _w;
    private readonly long[] _low;
    private readonly long[] _high;
    private readonly ApportionmentMethod _method;
    private readonly long[] _s;
    private readonly EntryOrder _best;
    private readonly PriorityQueue<int, Entry> _additions;
    private readonly PriorityQueue<int, Entry> _removals;

    private DivisorApportionment(ApportionmentEngine.Prepared p, ApportionmentMethod method)
    {
        _total = p.Total;
        _w = p.Weights;
        _low = p.Low;
        _high = p.High;
        _method = method;
        _s = new long[_w.Length];
        _best = new EntryOrder(_w, method, descending: true);
        _additions = new PriorityQueue<int, Entry>(_w.Length, _best);
        _removals = new PriorityQueue<int, Entry>(_w.Length, new EntryOrder(_w, method, descending: false));
    }

    public static long[] Solve(ApportionmentEngine.Prepared p, ApportionmentMethod method)
    {
        var solver = new DivisorApportionment(p, method);
        (Int128 sum, double scale) = solver.Refine();
        if (sum != solver._total)
        {
            sum = solver.Bisect(scale);
        }

        solver.Balance(sum);
        solver.Exchange();
        return solver._s;
    }

    /// <summary>Compares wa ÷ d(ka) with wb ÷ d(kb) exactly, for the method's divisor sequence d.</summary>
    internal static int ComparePriority(long wa, long ka, long wb, long kb, ApportionmentMethod method)
    {
        switch (method)
        {
            case ApportionmentMethod.DHondt:
                return WideArithmetic.CompareProducts(wa, (Int128)kb + 1, wb, (Int128)ka + 1);
            case ApportionmentMethod.SainteLague:
                return WideArithmetic.CompareProducts(wa, (2 * (Int128)kb) + 1, wb, (2 * (Int128)ka) + 1);
            default:
                if (ka == 0 || kb == 0)
                {
                    // d(0) = 0: a first unit has an unbounded claim; among first units the larger weight comes first.
                    return ka == 0 && kb == 0 ? wa.CompareTo(wb) : ka == 0 ? 1 : -1;
                }

                return WideArithmetic.CompareProducts((Int128)wa * wa, (Int128)kb * (kb + 1), (Int128)wb * wb, (Int128)ka * (ka + 1));
        }
    }

    /// <summary>
    /// A close first guess from a floating-point divisor, refined a few times so that the exact phases have little
    /// left to do. Returns the guessed sum (in 128 bits: each part may take up to the total) and the factor.
    /// </summary>
    private (Int128 Sum, double Scale) Refine()
    {
        Int128 sumWeights = 0;
        double free = 0;
        for (int i = 0; i < _w.Length; i++)
        {
            sumWeights += _w[i];
            if (_w[i] > 0 && _high[i] > _low[i])
            {
                free += _w[i];
            }
        }

        double scale = sumWeights == 0 ? 0 : (double)_total / (double)sumWeights;
        Int128 sum = Guess(scale);
        for (int round = 0; round < 6 && sum != _total && free > 0; round++)
        {
            scale += (double)(_total - sum) / free;
            sum = Guess(scale);
        }

        return (sum, scale);
    }

    /// <summary>
    /// Refining stalls when parts sit on their bounds (a capped part still counts in the free weight), and the
    /// exact phases move one unit at a time; so bisect the factor instead, as the guessed sum never falls as it grows.
    /// </summary>
    private Int128 Bisect(double scale)
    {
        double below = 0;
        double above = Math.Max(scale, 1);
        for (int round = 0; round < 2048 && Guess(above) < _total; round++)
        {
            above *= 2;
        }

        for (int round = 0; round < 200; round++)
        {
            double middle = below + ((above - below) / 2);
            if (middle <= below || middle >= above)
            {
                break;
            }

            Int128 guessed = Guess(middle);
            if (guessed == _total)
            {
                below = middle;
                break;
            }

            if (guessed < _total)
            {
                below = middle;
            }
            else
            {
                above = middle;
            }
        }

        return Guess(below);
    }

    /// <summary>Each part's rounded quotient at a factor, clamped to its bounds; returns their sum.</summary>
    private Int128 Guess(double factor)
    {
        Int128 guessed = 0;
        for (int i = 0; i < _w.Length; i++)
        {
            long guess = _low[i];
            if (_w[i] > 0 && _high[i] > _low[i])
            {
                double quotient = _w[i] * factor;
                double floor = Math.Floor(quotient);
                double rounded = _method switch
                {
                    ApportionmentMethod.DHondt => floor,
                    ApportionmentMethod.SainteLague => Math.Floor(quotient + 0.5),
                    _ => quotient > Math.Sqrt(floor * (floor + 1)) ? floor + 1 : floor,
                };
                guess = rounded >= _high[i] ? _high[i] : rounded <= _low[i] ? _low[i] : (long)rounded;
            }

            _s[i] = guess;
            guessed += guess;
        }

        return guessed;
    }

    /// <summary>Gives the best-claimed units while too few are given, and takes the worst-claimed while too many are.</summary>
    private void Balance(Int128 sum)
    {
        var initialAdditions = new List<(int, Entry)>(_w.Length);
        var initialRemovals = new List<(int, Entry)>(_w.Length);
        for (int i = 0; i < _w.Length; i++)
        {
            if (_w[i] > 0 && _s[i] < _high[i])
            {
                initialAdditions.Add((i, new Entry(i, _s[i])));
            }

            if (_w[i] > 0 && _s[i] > _low[i])
            {
                initialRemovals.Add((i, new Entry(i, _s[i] - 1)));
            }
        }

        _additions.EnqueueRange(initialAdditions);
        _removals.EnqueueRange(initialRemovals);
        while (sum < _total && TryPeek(_additions, addition: true, out Entry add))
        {
            _additions.Dequeue();
            _s[add.Part]++;
            sum++;
            Push(add.Part);
        }

        while (sum > _total && TryPeek(_removals, addition: false, out Entry remove))
        {
            _removals.Dequeue();
            _s[remove.Part]--;
            sum--;
            Push(remove.Part);
        }
    }

    /// <summary>Exchanges while a unit not given has a better claim than a unit given.</summary>
    private void Exchange()
    {
        while (TryPeek(_additions, addition: true, out Entry add) && TryPeek(_removals, addition: false, out Entry remove) && _best.Rank(add, remove) < 0)
        {
            _additions.Dequeue();
            _removals.Dequeue();
            _s[add.Part]++;
            _s[remove.Part]--;
            Push(add.Part);
            Push(remove.Part);
        }
    }

    private void Push(int i)
    {
        if (_s[i] < _high[i])
        {
            _additions.Enqueue(i, new Entry(i, _s[i]));
        }

        if (_s[i] > _low[i])
        {
            _removals.Enqueue(i, new Entry(i, _s[i] - 1));
        }
    }

    /// <summary>The best current entry of a queue, dropping entries made stale by later changes.</summary>
    private bool TryPeek(PriorityQueue<int, Entry> queue, bool addition, out Entry entry)
    {
        while (queue.TryPeek(out int i, out entry))
        {
            bool current = addition
                ? entry.Units == _s[i] && _s[i] < _high[i]
                : entry.Units == _s[i] - 1 && _s[i] > _low[i];
            if (current)
            {
                return true;
            }

            queue.Dequeue();
        }

        return false;
    }

    private readonly record struct Entry(int Part, long Units);

    private sealed class EntryOrder : IComparer<Entry>
    {
        private readonly long[] _weights;
        private readonly ApportionmentMethod _method;
        private readonly bool _descending;

        public EntryOrder(long[] weights, ApportionmentMethod method, bool descending)
        {
            _weights = weights;
            _method = method;
            _descending = descending;
        }

        /// <summary>Orders entries best first when descending (the heap's minimum is then the best entry).</summary>
        public int Compare(Entry x, Entry y)
        {
            int c = Rank(x, y);
            return _descending ? c : -c;
        }

        /// <summary>Negative when <paramref name="x"/> has the better claim to a unit.</summary>
        public int Rank(Entry x, Entry y)
        {
            int byPriority = -ComparePriority(_weights[x.Part], x.Units, _weights[y.Part], y.Units, _method);
            return byPriority != 0 ? byPriority : x.Part.CompareTo(y.Part);
        }
    }
}
