using Accountability.Goals;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// Decomposing an annual target over reps (10,000 and 100,000) and then over 12 months, and rolling actuals up a
/// tree with as many leaves; each library call is measured beside a hand-written equivalent (the baseline).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GoalsBenchmarks
{
    private static readonly decimal[] Profile = [6m, 7m, 8m, 8m, 8m, 9m, 9m, 9m, 8m, 8m, 9m, 11m];
    private const long AnnualCents = 1_234_567_890_123L;

    private decimal[] _baseline = [];
    private long[] _baselineCents = [];
    private Target _annual = null!;
    private Target[] _repTargets = [];
    private long[] _repCents = [];
    private DateInterval _year = null!;
    private SeasonalityProfile _profile = null!;
    private GoalTree _tree = null!;
    private ActualsLedger _actuals = null!;
    private int[] _parent = [];
    private decimal[] _targets = [];
    private decimal[] _leafActuals = [];

    [Params(10_000, 100_000)]
    public int Reps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _baselineCents = [.. Enumerable.Range(0, Reps).Select(_ => (long)random.Next(1_000_000, 90_000_000))];
        _baseline = [.. _baselineCents.Select(c => c / 100m)];
        _annual = Target.Money(AnnualCents / 100m, Currency.USD);
        _year = ReportingPeriod.FiscalYear(2026, 4);
        _profile = SeasonalityProfile.Create(Profile);
        _repTargets = [.. TargetDecomposition.ByBaseline(_annual, _baseline)];
        _repCents = [.. _repTargets.Select(t => (long)(t.Value * 100m))];

        // company -> 100 regions -> reps (the leaves).
        const int regions = 100;
        var builder = new GoalTreeBuilder().Add("co", "ceo", _annual, _year);
        builder.AddSplit("co", Enumerable.Range(0, regions).Select(r => new PlannedGoal($"g{r}", $"m{r}", SplitPart.Equal)));
        for (int r = 0; r < regions; r++)
        {
            builder.AddSplit($"g{r}", Enumerable.Range(0, Reps / regions).Select(k => new PlannedGoal($"g{r}-{k}", $"p{r}-{k}", SplitPart.Weighted(_baseline[(r * (Reps / regions)) + k]))));
        }

        _tree = builder.Build();
        ActualsLedger ledger = ActualsLedger.Empty;
        var date = new LocalDate(2026, 6, 1);
        foreach (Goal leaf in _tree.Leaves)
        {
            ledger = ledger.Record(leaf.Id, date, decimal.Round(leaf.Target.Value * 0.4m, 2));
        }

        _actuals = ledger;
        _parent = [.. _tree.Goals.Select(g => g.ParentId is GoalId p ? IndexOf(p) : -1)];
        _targets = [.. _tree.Goals.Select(g => g.Target.Value)];
        _leafActuals = [.. _tree.Goals.Select(g => g.IsLeaf ? decimal.Round(g.Target.Value * 0.4m, 2) : 0m)];

        int IndexOf(GoalId id)
        {
            for (int i = 0; i < _tree.Goals.Count; i++)
            {
                if (_tree.Goals[i].Id == id)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    // ------------------------------------------------------------------ annual target -> reps

    [Benchmark(Baseline = true), BenchmarkCategory("ToReps")]
    public long[] ToReps_HandWrittenLargestRemainder() => HandLargestRemainder(AnnualCents, _baselineCents);

    [Benchmark, BenchmarkCategory("ToReps")]
    public IReadOnlyList<Target> ToReps_TargetDecompositionByBaseline() => TargetDecomposition.ByBaseline(_annual, _baseline);

    [Benchmark, BenchmarkCategory("ToReps")]
    public long[] ToReps_ApportionLargestRemainder() => Apportionment.Apportion(AnnualCents, _baseline);

    [Benchmark, BenchmarkCategory("ToReps")]
    public long[] ToReps_ApportionDHondt() => Apportionment.Apportion(AnnualCents, _baseline, ApportionmentMethod.DHondt);

    [Benchmark, BenchmarkCategory("ToReps")]
    public long[] ToReps_ApportionHuntingtonHill() => Apportionment.Apportion(AnnualCents, _baseline, ApportionmentMethod.HuntingtonHill);

    // ------------------------------------------------------------------ each rep's target -> 12 months

    [Benchmark(Baseline = true), BenchmarkCategory("ToMonths")]
    public long ToMonths_HandWrittenLargestRemainder()
    {
        long check = 0;
        long[] profile = [6, 7, 8, 8, 8, 9, 9, 9, 8, 8, 9, 11];
        foreach (long cents in _repCents)
        {
            check += HandLargestRemainder(cents, profile)[11];
        }

        return check;
    }

    [Benchmark, BenchmarkCategory("ToMonths")]
    public long ToMonths_TargetDecompositionOverMonths()
    {
        long check = 0;
        foreach (Target target in _repTargets)
        {
            check += (long)TargetDecomposition.OverMonths(target, _year, _profile)[11].Target.Value;
        }

        return check;
    }

    // ------------------------------------------------------------------ roll-up of the leaves

    [Benchmark(Baseline = true), BenchmarkCategory("RollUp")]
    public decimal RollUp_HandWritten()
    {
        int n = _parent.Length;
        var actual = new decimal[n];
        var attainment = new decimal[n];
        Array.Copy(_leafActuals, actual, n);
        for (int i = n - 1; i > 0; i--)
        {
            actual[_parent[i]] += actual[i];
        }

        for (int i = 0; i < n; i++)
        {
            attainment[i] = _targets[i] == 0 ? 0 : actual[i] / _targets[i];
        }

        return attainment[0];
    }

    [Benchmark, BenchmarkCategory("RollUp")]
    public decimal? RollUp_GoalTreeEvaluate() => _tree.Evaluate(_actuals, new LocalDate(2026, 12, 31)).Goals[0].Attainment;

    // ------------------------------------------------------------------ building the tree (measured apart from using it)

    [Benchmark(Baseline = true), BenchmarkCategory("Build")]
    public int Build_HandWrittenArrays()
    {
        var ids = new string[Reps + 101];
        var parents = new int[Reps + 101];
        long[] regions = HandLargestRemainder(AnnualCents, [.. Enumerable.Repeat(1L, 100)]);
        ids[0] = "co";
        parents[0] = -1;
        int k = 1;
        for (int r = 0; r < 100; r++, k++)
        {
            ids[k] = "g" + r;
            parents[k] = 0;
        }

        int per = Reps / 100;
        for (int r = 0; r < 100; r++)
        {
            long[] reps = HandLargestRemainder(regions[r], _baselineCents.AsSpan(r * per, per).ToArray());
            for (int j = 0; j < per; j++, k++)
            {
                ids[k] = "g" + r + "-" + j;
                parents[k] = 1 + r;
                _ = reps[j];
            }
        }

        return k;
    }

    [Benchmark, BenchmarkCategory("Build")]
    public int Build_GoalTreeBuilder()
    {
        var builder = new GoalTreeBuilder().Add("co", "ceo", _annual, _year);
        builder.AddSplit("co", Enumerable.Range(0, 100).Select(r => new PlannedGoal("g" + r, "m" + r, SplitPart.Equal)));
        int per = Reps / 100;
        for (int r = 0; r < 100; r++)
        {
            int region = r;
            builder.AddSplit("g" + r, Enumerable.Range(0, per).Select(j => new PlannedGoal("g" + region + "-" + j, "p" + region + "-" + j, SplitPart.Weighted(_baseline[(region * per) + j]))));
        }

        return builder.Build().Goals.Count;
    }

    /// <summary>Hamilton in 128-bit integers: floors of the quotas, then the largest remainders (ties to the lower index).</summary>
    private static long[] HandLargestRemainder(long total, long[] weights)
    {
        int n = weights.Length;
        Int128 sum = 0;
        foreach (long w in weights)
        {
            sum += w;
        }

        var result = new long[n];
        var rest = new Int128[n];
        long given = 0;
        for (int i = 0; i < n; i++)
        {
            (Int128 q, Int128 r) = Int128.DivRem((Int128)total * weights[i], sum);
            result[i] = (long)q;
            rest[i] = r;
            given += result[i];
        }

        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => rest[a] != rest[b] ? rest[b].CompareTo(rest[a]) : a.CompareTo(b));
        for (long i = 0; i < total - given; i++)
        {
            result[order[i]]++;
        }

        return result;
    }
}
