using System.Globalization;
using Accountability.Responsibility;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// A chain of work items, each nested under the one before (100, 1,000 and 10,000 deep), one person Accountable and
/// Responsible for all: building the matrix (parents, cycles and depths checked) beside a hand-written equivalent.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ResponsibilityChainBenchmarks
{
    private Party[] _parties = [];
    private WorkItem[] _items = [];
    private Assignment[] _cells = [];

    /// <summary>How many items deep the chain is.</summary>
    [Params(100, 1_000, 10_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _parties = [Party.Person("ana", "Ana")];
        _items = [.. Enumerable.Range(0, Depth).Select(i => new WorkItem(Id(i), "Item " + i.ToString(CultureInfo.InvariantCulture), i == 0 ? (WorkItemId?)null : Id(i - 1)))];
        _cells = [.. _items.Select(i => new Assignment(i.Id, "ana", ["R", "A"]))];
    }

    [Benchmark(Baseline = true, Description = "hand-written: dictionaries and depths")]
    [BenchmarkCategory("chain-build")]
    public int Build_HandWritten()
    {
        var items = _items.ToDictionary(i => i.Id);
        var depth = new Dictionary<WorkItemId, int>();
        foreach (WorkItem item in _items)
        {
            depth[item.Id] = item.Parent is WorkItemId parent ? depth[parent] + 1 : 0;
        }

        var cells = new Dictionary<(WorkItemId, PartyId), string[]>();
        foreach (Assignment cell in _cells)
        {
            cells[(cell.WorkItem, cell.Party)] = [.. cell.Codes];
        }

        return items.Count + depth.Count + cells.Count;
    }

    [Benchmark(Description = "ResponsibilityMatrix.Create")]
    [BenchmarkCategory("chain-build")]
    public ResponsibilityMatrix Build() =>
        ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, _parties, _items, [], _cells);

    private static WorkItemId Id(int n) => new("item-" + n.ToString(CultureInfo.InvariantCulture));
}
