using Accountability.Goals;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// Validating a goal tree whose goals form one big cycle (the worst case for finding cycles: before the renovation
/// 2,000 goals took 9–27 s) at 1,000, 10,000 and 100,000 goals, beside a hand-written cycle finder over parent arrays.
/// </summary>
[MemoryDiagnoser]
public class GoalsCycleBenchmarks
{
    private static readonly DateInterval Year = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
    private GoalTreeBuilder _builder = null!;
    private int[] _parent = [];

    [Params(1_000, 10_000, 100_000)]
    public int Goals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _builder = new GoalTreeBuilder().Add("co", "ceo", Target.Count(1, "deals"), Year);
        _parent = new int[Goals];
        for (int i = 0; i < Goals; i++)
        {
            // c0 -> c1 -> ... -> c(n-1) -> c0
            _builder.Add("c" + i, "rep", Target.Count(1, "deals"), Year, "c" + ((i + 1) % Goals));
            _parent[i] = (i + 1) % Goals;
        }
    }

    /// <summary>Colours every goal once: white, on the current walk, done; a walk that meets itself found a cycle.</summary>
    [Benchmark(Baseline = true)]
    public int HandWrittenCycleFinder()
    {
        int n = _parent.Length;
        var state = new byte[n];
        int cycles = 0;
        for (int start = 0; start < n; start++)
        {
            int cursor = start;
            while (cursor >= 0 && state[cursor] == 0)
            {
                state[cursor] = 1;
                cursor = _parent[cursor];
            }

            if (cursor >= 0 && state[cursor] == 1)
            {
                cycles++;
            }

            for (cursor = start; cursor >= 0 && state[cursor] == 1; cursor = _parent[cursor])
            {
                state[cursor] = 2;
            }
        }

        return cycles;
    }

    [Benchmark]
    public int GoalTreeBuilderValidate() => _builder.Validate().Count;
}
