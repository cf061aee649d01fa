using Accountability.Goals;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// A chain of goals, each the only child of the one before, 100, 1,000 and 10,000 deep, one owner: building it, and
/// listing the goals whose targets are not acknowledged (each inherits from the goal above, so a naive answer walks
/// to the root for every goal). Each beside a hand-written equivalent over arrays.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GoalsChainBenchmarks
{
    private static readonly DateInterval Year = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
    private static readonly Instant Monday = Instant.FromUtc(2026, 4, 6, 9, 0);
    private GoalTree _tree = null!;
    private string[] _ids = [];
    private bool[] _acknowledged = [];

    [Params(100, 1_000, 10_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ids = [.. Enumerable.Range(0, Depth).Select(i => "g" + i)];
        _tree = Build_GoalTreeBuilder_Tree().Acknowledge(_ids[Depth / 2], "rep", Monday);
        _acknowledged = new bool[Depth];
        _acknowledged[Depth / 2] = true;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Build")]
    public int Build_HandWrittenArrays()
    {
        var parents = new int[Depth];
        var children = new int[Depth][];
        var index = new Dictionary<string, int>(Depth, StringComparer.Ordinal);
        for (int i = 0; i < Depth; i++)
        {
            index.Add(_ids[i], i);
            parents[i] = i == 0 ? -1 : index[_ids[i - 1]];
            children[i] = i + 1 < Depth ? [i + 1] : [];
        }

        return parents.Length + children.Length;
    }

    [Benchmark, BenchmarkCategory("Build")]
    public int Build_GoalTreeBuilder() => Build_GoalTreeBuilder_Tree().Goals.Count;

    [Benchmark(Baseline = true), BenchmarkCategory("Unacknowledged")]
    public int Unacknowledged_HandWritten()
    {
        // Parents come first: a goal is covered by its own acknowledgment or by its parent's (same owner).
        var covered = new bool[Depth];
        int count = 0;
        for (int i = 0; i < Depth; i++)
        {
            covered[i] = _acknowledged[i] || (i > 0 && covered[i - 1]);
            count += covered[i] ? 0 : 1;
        }

        return count;
    }

    [Benchmark, BenchmarkCategory("Unacknowledged")]
    public int Unacknowledged_GoalTree() => _tree.Unacknowledged().Count;

    private GoalTree Build_GoalTreeBuilder_Tree()
    {
        var builder = new GoalTreeBuilder();
        Target target = Target.Count(1_000, "deals");
        builder.Add(_ids[0], "rep", target, Year);
        for (int i = 1; i < Depth; i++)
        {
            builder.Add(_ids[i], "rep", target, Year, _ids[i - 1]);
        }

        return builder.Build();
    }
}
