using System.Globalization;
using Accountability.Responsibility;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// Who answers, for each person: 40,000 people, 2,000 roles (each held by one person) and 10,000 regional items nested
/// directly under one "report sales" item. Every person is asked about "report sales" (the West-rep question): the
/// items under it they are Responsible for and the Accountable person of each; and the "measured on what they own" check
/// for all 40,000 people on one criterion. Each beside a hand-written dictionary equivalent.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SubjectAccountabilityBenchmarks
{
    private const int Items = 10_000;
    private const int Roles = 2_000;
    private const int People = 40_000;
    private static readonly LocalDate On = new(2026, 3, 31);
    private static readonly WorkItemId Root = new("report-sales");

    private Party[] _parties = [];
    private PartyId[] _people = [];
    private WorkItem[] _items = [];
    private Tenure[] _tenures = [];
    private Assignment[] _cells = [];
    private ResponsibilitySnapshot _snapshot = null!;
    private CriterionWork[] _criteria = [];

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
        _people = [.. Enumerable.Range(0, People).Select(p => new PartyId(Id("person", p)))];
        _tenures = [.. Enumerable.Range(0, Roles).Select(r => new Tenure(Id("person", r), Id("role", r), new LocalDate(2026, 1, 1)))];
        _items = [new WorkItem(Root, "Report sales"), .. Enumerable.Range(0, Items).Select(i => new WorkItem(Id("item", i), "Item " + i.ToString(CultureInfo.InvariantCulture), Root, Authority.Of(3)))];
        var cells = new List<Assignment>
        {
            new(Root, Id("role", 0), ["A"]),
            new(Root, Id("person", People - 1), ["R"]),
        };
        for (int i = 0; i < Items; i++)
        {
            cells.Add(new Assignment(Id("item", i), Id("role", i % Roles), ["A"]));
            cells.Add(new Assignment(Id("item", i), Id("person", Roles + i), ["R"]));
            cells.Add(new Assignment(Id("item", i), Id("person", Roles + Items + i), ["R"]));
            cells.Add(new Assignment(Id("item", i), Id("person", (i + 7) % People), ["C"]));
        }

        _cells = [.. cells];
        _snapshot = ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, _parties, _items, _tenures, _cells).AsOf(On);
        _criteria = [new CriterionWork("sales", "Sales amount", Root)];
    }

    [Benchmark(Baseline = true, Description = "hand-written: R cells by party and role, parent check, A holder lookup")]
    [BenchmarkCategory("per-subject answer")]
    public int Answer_HandWritten()
    {
        var byParty = _cells.ToLookup(c => c.Party);
        var byItem = _cells.ToLookup(c => c.WorkItem);
        var parent = _items.ToDictionary(i => i.Id, i => i.Parent);
        var roles = _tenures.Where(t => t.Covers(On)).ToLookup(t => t.Person, t => t.RoleOrTeam);
        var holders = _tenures.Where(t => t.Covers(On)).ToLookup(t => t.RoleOrTeam, t => t.Person);
        int found = 0;
        foreach (PartyId person in _people)
        {
            foreach (Assignment cell in byParty[person].Concat(roles[person].SelectMany(r => byParty[r])))
            {
                if (!cell.Has("R") || (cell.WorkItem != Root && parent[cell.WorkItem] != Root))
                {
                    continue;
                }

                foreach (Assignment a in byItem[cell.WorkItem])
                {
                    found += a.Has("A") ? holders[a.Party].Count() : 0;
                }
            }
        }

        return found;
    }

    [Benchmark(Description = "ResponsibilitySnapshot.WhoAnswersFor(subject, item), every person")]
    [BenchmarkCategory("per-subject answer")]
    public int Answer_Snapshot()
    {
        int found = 0;
        foreach (PartyId person in _people)
        {
            found += _snapshot.WhoAnswersFor(person, Root).AccountablePeople.Count;
        }

        return found;
    }

    [Benchmark(Baseline = true, Description = "hand-written: owns work under the item, manager's authority")]
    [BenchmarkCategory("ownership check")]
    public int Ownership_HandWritten()
    {
        var byParty = _cells.ToLookup(c => c.Party);
        var byItem = _cells.ToLookup(c => c.WorkItem);
        var items = _items.ToDictionary(i => i.Id);
        var parties = _parties.ToDictionary(p => p.Id);
        var roles = _tenures.Where(t => t.Covers(On)).ToLookup(t => t.Person, t => t.RoleOrTeam);
        int problems = 0;
        foreach (PartyId person in _people)
        {
            bool owns = false;
            foreach (Assignment cell in byParty[person].Concat(roles[person].SelectMany(r => byParty[r])))
            {
                WorkItem item = items[cell.WorkItem];
                if (!cell.Has("R") || (item.Id != Root && item.Parent != Root))
                {
                    continue;
                }

                owns = true;
                foreach (Assignment a in byItem[item.Id])
                {
                    problems += a.Has("A") && !parties[a.Party].Authority.Covers(item.RequiredAuthority) ? 1 : 0;
                }
            }

            problems += owns ? 0 : 1;
        }

        return problems;
    }

    [Benchmark(Description = "ResponsibilitySnapshot.CheckOwnership, 40,000 subjects × 1 criterion")]
    [BenchmarkCategory("ownership check")]
    public int Ownership_Snapshot() => _snapshot.CheckOwnership(_people, _criteria).Count;

    private static string Id(string prefix, int n) => prefix + "-" + n.ToString(CultureInfo.InvariantCulture);
}
