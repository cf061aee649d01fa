using System.Globalization;
using Accountability.Responsibility;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// How a flat matrix grows: at scale 1, 100 work items, 20 roles and 400 people (most of them without a cell, as in a
/// large organisation); at scale 100, 10,000 items, 2,000 roles and 40,000 people. Building, validating, the workload
/// table and who answers for every item, each beside a hand-written equivalent with dictionaries.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class ResponsibilityScaleBenchmarks
{
    private static readonly LocalDate On = new(2026, 3, 31);

    private Party[] _parties = [];
    private WorkItem[] _items = [];
    private Tenure[] _tenures = [];
    private Assignment[] _cells = [];
    private ResponsibilityMatrix _matrix = null!;
    private ResponsibilitySnapshot _snapshot = null!;

    /// <summary>The multiple of 100 items, 20 roles and 400 people.</summary>
    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int items = 100 * Scale, roles = 20 * Scale, people = 400 * Scale;
        var parties = new List<Party>();
        for (int r = 0; r < roles; r++)
        {
            parties.Add(Party.Role(Id("role", r), "Role " + r.ToString(CultureInfo.InvariantCulture), Authority.Of(3)));
        }

        for (int p = 0; p < people; p++)
        {
            parties.Add(Party.Person(Id("person", p), "Person " + p.ToString(CultureInfo.InvariantCulture)));
        }

        _parties = [.. parties];
        _tenures = [.. Enumerable.Range(0, roles).Select(r => new Tenure(Id("person", r), Id("role", r), new LocalDate(2026, 1, 1)))];
        _items = [.. Enumerable.Range(0, items).Select(i => new WorkItem(Id("item", i), "Item " + i.ToString(CultureInfo.InvariantCulture)))];
        var cells = new List<Assignment>();
        for (int i = 0; i < items; i++)
        {
            cells.Add(new Assignment(Id("item", i), Id("role", i % roles), ["A"]));
            cells.Add(new Assignment(Id("item", i), Id("person", i % people), ["R"]));
            cells.Add(new Assignment(Id("item", i), Id("person", (i + 7) % people), ["C"]));
        }

        _cells = [.. cells];
        _matrix = Build();
        _snapshot = _matrix.AsOf(On);
    }

    [Benchmark(Baseline = true, Description = "hand-written dictionaries")]
    [BenchmarkCategory("build")]
    public int Build_HandWritten()
    {
        var items = _items.ToDictionary(i => i.Id);
        var parties = _parties.ToDictionary(p => p.Id);
        var cells = new Dictionary<(WorkItemId, PartyId), string[]>();
        foreach (Assignment cell in _cells)
        {
            cells[(cell.WorkItem, cell.Party)] = [.. cell.Codes];
        }

        return items.Count + parties.Count + cells.Count;
    }

    [Benchmark(Description = "ResponsibilityMatrix.Create")]
    [BenchmarkCategory("build")]
    public ResponsibilityMatrix Build() =>
        ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, _parties, _items, _tenures, _cells);

    [Benchmark(Baseline = true, Description = "hand-written: one A and one R per item, unassigned people")]
    [BenchmarkCategory("validate")]
    public int Validate_HandWritten()
    {
        var byItem = _cells.ToLookup(c => c.WorkItem);
        var byParty = _cells.ToLookup(c => c.Party);
        var roles = _tenures.Where(t => t.Covers(On)).ToLookup(t => t.Person);
        int problems = 0;
        foreach (WorkItem item in _items)
        {
            int a = 0, r = 0;
            foreach (Assignment cell in byItem[item.Id])
            {
                a += cell.Has("A") ? 1 : 0;
                r += cell.Has("R") ? 1 : 0;
            }

            problems += (a == 1 ? 0 : 1) + (r > 0 ? 0 : 1);
        }

        foreach (Party party in _parties)
        {
            problems += byParty[party.Id].Any() || roles[party.Id].Any(t => byParty[t.RoleOrTeam].Any()) ? 0 : 1;
        }

        return problems;
    }

    [Benchmark(Description = "ResponsibilityMatrix.Validate (all checks)")]
    [BenchmarkCategory("validate")]
    public IReadOnlyList<Problem> Validate() => _matrix.Validate(On);

    [Benchmark(Baseline = true, Description = "hand-written: cells per party and through roles")]
    [BenchmarkCategory("workload")]
    public int Workload_HandWritten()
    {
        var byParty = _cells.ToLookup(c => c.Party);
        var roles = _tenures.Where(t => t.Covers(On)).ToLookup(t => t.Person);
        int total = 0;
        foreach (Party party in _parties)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (Assignment cell in byParty[party.Id].Concat(roles[party.Id].SelectMany(t => byParty[t.RoleOrTeam])))
            {
                foreach (string code in cell.Codes)
                {
                    counts[code] = counts.GetValueOrDefault(code) + 1;
                }
            }

            total += counts.Count;
        }

        return total;
    }

    [Benchmark(Description = "ResponsibilityMatrix.Workload")]
    [BenchmarkCategory("workload")]
    public Workload Workload() => _matrix.Workload(On);

    [Benchmark(Baseline = true, Description = "hand-written: A cell, role holder by tenure lookup")]
    [BenchmarkCategory("who-answers")]
    public int WhoAnswers_HandWritten()
    {
        var byItem = _cells.ToLookup(c => c.WorkItem);
        var holders = _tenures.Where(t => t.Covers(On)).ToLookup(t => t.RoleOrTeam);
        int found = 0;
        foreach (WorkItem item in _items)
        {
            foreach (Assignment cell in byItem[item.Id])
            {
                found += cell.Has("A") ? holders[cell.Party].Count() : 1;
            }
        }

        return found;
    }

    [Benchmark(Description = "ResponsibilitySnapshot.WhoAnswersFor, every item")]
    [BenchmarkCategory("who-answers")]
    public int WhoAnswers_Snapshot()
    {
        int found = 0;
        foreach (WorkItem item in _items)
        {
            found += _snapshot.WhoAnswersFor(item.Id).All.Count;
        }

        return found;
    }

    private static string Id(string prefix, int n) => prefix + "-" + n.ToString(CultureInfo.InvariantCulture);
}
