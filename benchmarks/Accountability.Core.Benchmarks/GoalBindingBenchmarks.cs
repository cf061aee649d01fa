using Accountability.Criteria;
using Accountability.Goals;
using Accountability.Scoring;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Accountability.Benchmarks;

/// <summary>
/// Filling the actuals table of 100,000 reps from a goal tree (one region split to every rep) and a ledger of two
/// entries per rep, against a hand-written dictionary join computing the same targets and actuals.
/// </summary>
[MemoryDiagnoser]
public class GoalBindingBenchmarks
{
    private static readonly DateInterval Year = ReportingPeriod.Year(2026);

    private GoalTree _tree = null!;
    private ActualsLedger _ledger = null!;
    private PartyId[] _subjects = [];
    private GoalBinding _binding = null!;

    [Params(100_000)]
    public int Subjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _subjects = [.. Enumerable.Range(0, Subjects).Select(i => new PartyId($"rep-{i}"))];
        _tree = new GoalTreeBuilder()
            .Add("north", "mia", Target.Money(1_000m * Subjects, Currency.USD), Year)
            .AddSplit("north", _subjects.Select((p, i) => new PlannedGoal($"g-{i}", p, SplitPart.Equal)))
            .Build();
        ActualsLedger ledger = ActualsLedger.Empty;
        for (int i = 0; i < Subjects; i++)
        {
            ledger = ledger.Record($"g-{i}", new LocalDate(2026, 3, 1), 400m + (i % 100)).Record($"g-{i}", new LocalDate(2026, 9, 1), 500m);
        }

        _ledger = ledger;
        Scorecard card = Scorecard.CreateBuilder("rep", "Rep")
            .Add(new PerformanceCriterion("sales", "Sales", MeasurementUnit.Money(Currency.USD), CriterionDirection.HigherIsBetter, ScoringMethod.Linear(0m, 1m)), 100m, ["target"])
            .Build();
        _binding = GoalBinding.For(card).Link("sales", "sales", g => g.Owner != "mia");
    }

    /// <summary>Targets by owner from the goals, actuals by goal from the ledger, joined through dictionaries.</summary>
    [Benchmark(Baseline = true)]
    public decimal HandWrittenJoin()
    {
        var rows = new Dictionary<PartyId, int>(_subjects.Length);
        for (int i = 0; i < _subjects.Length; i++)
        {
            rows.Add(_subjects[i], i);
        }

        var targets = new decimal[_subjects.Length];
        var actuals = new decimal[_subjects.Length];
        var rowOfGoal = new Dictionary<GoalId, int>(_tree.Goals.Count);
        foreach (Goal goal in _tree.Goals)
        {
            if (goal.Owner != "mia" && rows.TryGetValue(goal.Owner, out int row) && ReportingPeriod.Covers(Year, goal.Period))
            {
                targets[row] += goal.Target.Value;
                rowOfGoal.Add(goal.Id, row);
            }
        }

        foreach (ActualEntry entry in _ledger.Entries)
        {
            if (Year.Contains(entry.Date) && rowOfGoal.TryGetValue(entry.Goal, out int row))
            {
                actuals[row] += entry.Value;
            }
        }

        return targets[^1] + actuals[^1];
    }

    [Benchmark]
    public decimal? GoalBinding_Fill()
    {
        GoalBindingResult result = _binding.Fill(_tree, _ledger, Year, _subjects);
        return result.Table.GetReference(_subjects.Length - 1, 0);
    }
}
