using System.Globalization;
using Accountability;
using Accountability.Responsibility;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// Responsibility matrices of 200 work items, 20 roles each held by one of 60 people: building (validated), checking, and
/// answering who answers for every item on a date — each beside a hand-written equivalent without validation.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ResponsibilityBenchmarks
{
    private const int Items = 200;
    private const int Roles = 20;
    private const int People = 60;
    private static readonly LocalDate On = new(2026, 3, 31);

    private Party[] _parties = [];
    private WorkItem[] _items = [];
    private Tenure[] _tenures = [];
    private Assignment[] _cells = [];
    private ResponsibilityMatrix _matrix = null!;
    private ResponsibilitySnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parties = new List<Party>();
        for (int r = 0; r < Roles; r++)
        {
            parties.Add(Party.Role(Id("role", r), "Role " + r.ToString(CultureInfo.InvariantCulture), Authority.Of(3)));
        }

        for (int p = 0; p < People; p++)
        {
            parties.Add(Party.Person(Id("person", p), "Person " + p.ToString(CultureInfo.InvariantCulture)));
        }

        _parties = [.. parties];
        _tenures = [.. Enumerable.Range(0, Roles).Select(p => new Tenure(Id("person", p), Id("role", p), new LocalDate(2026, 1, 1)))];
        _items = [.. Enumerable.Range(0, Items).Select(i => new WorkItem(Id("item", i), "Item " + i.ToString(CultureInfo.InvariantCulture)))];
        var cells = new List<Assignment>();
        for (int i = 0; i < Items; i++)
        {
            cells.Add(new Assignment(Id("item", i), Id("role", i % Roles), ["A"]));
            cells.Add(new Assignment(Id("item", i), Id("person", i % People), ["R"]));
            cells.Add(new Assignment(Id("item", i), Id("person", (i + 7) % People), ["C"]));
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

    [Benchmark(Baseline = true, Description = "hand-written: one A and one R per item")]
    [BenchmarkCategory("validate")]
    public int Validate_HandWritten()
    {
        int problems = 0;
        foreach (WorkItem item in _matrix.WorkItems)
        {
            int a = 0, r = 0;
            foreach (Assignment cell in _matrix.AssignmentsOf(item.Id))
            {
                a += cell.Has("A") ? 1 : 0;
                r += cell.Has("R") ? 1 : 0;
            }

            problems += (a == 1 ? 0 : 1) + (r > 0 ? 0 : 1);
        }

        return problems;
    }

    [Benchmark(Description = "ResponsibilityMatrix.Validate (all checks)")]
    [BenchmarkCategory("validate")]
    public IReadOnlyList<Problem> Validate() => _matrix.Validate(On);

    [Benchmark(Baseline = true, Description = "hand-written: A cell, role holder by tenure scan")]
    [BenchmarkCategory("who-answers")]
    public int WhoAnswers_HandWritten()
    {
        int found = 0;
        foreach (WorkItem item in _items)
        {
            foreach (Assignment cell in _matrix.AssignmentsOf(item.Id))
            {
                if (cell.Has("A"))
                {
                    found += _tenures.Count(t => t.RoleOrTeam == cell.Party && t.Covers(On));
                }
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
