using Accountability.Goals;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Goals;

public class GoalProgressReportTests
{
    private static readonly DateInterval Year = ReportingPeriod.Year(2026);

    [Fact]
    public void Evaluate_ParentAttainment_IsWeightedByChildTargets()
    {
        GoalTree tree = new GoalTreeBuilder()
            .Add("team", "lead", Target.Money(101_000m, Currency.USD), Year)
            .Add("small", "s", Target.Money(1_000m, Currency.USD), Year, parent: "team")
            .Add("big", "b", Target.Money(100_000m, Currency.USD), Year, parent: "team")
            .Build();
        ActualsLedger actuals = ActualsLedger.Empty
            .Record("small", new LocalDate(2026, 3, 1), 2_000m)
            .Record("big", new LocalDate(2026, 3, 1), 50_000m);
        GoalProgressReport report = tree.Evaluate(actuals, new LocalDate(2026, 12, 31));

        // Plain average of 200 % and 50 % would be 125 %; weighted by targets it is 52 000 / 101 000.
        Assert.Equal(2m, report["small"].Attainment);
        Assert.Equal(0.5m, report["big"].Attainment);
        Assert.Equal(52_000m, report["team"].Actual);
        Assert.Equal(52_000m / 101_000m, report["team"].Attainment);
        IReadOnlyList<ChildContribution> parts = report["team"].Contributions;
        Assert.Equal(["small", "big"], parts.Select(p => p.Child.Value));
        Assert.Equal(2_000m / 101_000m, parts[0].Contribution);
        Assert.Equal(1_000m / 101_000m, parts[0].TargetShare);
        Assert.Equal(report["team"].Attainment!.Value, parts.Sum(p => p.Contribution!.Value), 26);
    }

    [Fact]
    public void Evaluate_Rates_RollUpAsMeanWeightedByMeasure()
    {
        var csat = MeasurementUnit.Rate("CSAT", 1);
        GoalTree tree = new GoalTreeBuilder()
            .Add("team", "lead", new Target(90m, csat), Year)
            .Add("a", "a", new Target(90m, csat), Year, parent: "team")
            .Add("b", "b", new Target(90m, csat), Year, parent: "team")
            .Build();
        ActualsLedger actuals = ActualsLedger.Empty
            .Record("a", new LocalDate(2026, 2, 1), 80m, measure: 10m)
            .Record("b", new LocalDate(2026, 2, 1), 100m, measure: 30m);
        GoalProgress team = tree.Evaluate(actuals, new LocalDate(2026, 6, 30))["team"];
        Assert.Equal(95m, team.Actual);
        Assert.Equal(40m, team.Measure);
        Assert.Equal(95m / 90m, team.Attainment);
        Assert.Equal(0.25m, team.Contributions[0].TargetShare);
        Assert.Equal(team.Attainment!.Value, team.Contributions.Sum(c => c.Contribution!.Value), 20);
        Assert.Null(tree.Evaluate(ActualsLedger.Empty, new LocalDate(2026, 6, 30))["team"].Attainment);
    }

    [Fact]
    public void Evaluate_ActualOnAGoalWithMonths_LandsInTheMonth()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        ActualsLedger actuals = ActualsLedger.Empty.Record("r1", new LocalDate(2026, 5, 20), 12_345.67m);
        GoalProgressReport report = tree.Evaluate(actuals, new LocalDate(2026, 6, 1));
        Assert.Equal(12_345.67m, report["r1/2026-05"].Actual);
        Assert.Equal(0m, report["r1/2026-04"].Actual);
        Assert.Equal(12_345.67m, report["company"].Actual);
        Assert.Equal(new LocalDate(2026, 6, 1), report.AsOf);
    }

    [Fact]
    public void Evaluate_ActualsAfterTheDate_DoNotCount()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        ActualsLedger actuals = ActualsLedger.Empty.Record("r2", new LocalDate(2026, 9, 1), 10m);
        Assert.Equal(0m, tree.Evaluate(actuals, new LocalDate(2026, 8, 31))["r2"].Actual);
        Assert.Equal(10m, tree.Evaluate(actuals, new LocalDate(2026, 9, 1))["r2"].Actual);
    }

    [Fact]
    public void Evaluate_BadActuals_AreAllReported()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        ActualsLedger actuals = ActualsLedger.Empty
            .Record("nobody", new LocalDate(2026, 5, 1), 1m)
            .Record("r2", new LocalDate(2025, 5, 1), 1m)
            .Record("r2", new LocalDate(2026, 5, 1), 1.001m)
            .Record("east", new LocalDate(2026, 5, 1), 1m);
        var ex = Assert.Throws<AccountabilityException>(() => tree.Evaluate(actuals, new LocalDate(2026, 6, 1)));
        Assert.Equal(["actuals[0].goal", "actuals[1].date", "actuals[2].value", "actuals[3].goal"], ex.Problems.Select(p => p.Path));
        Assert.Equal("There is no goal nobody in the tree.", ex.Problems[0].Message);
        Assert.Equal("The date 2025-05-01 is outside the period 2026-04-01..2027-03-31 of goal r2.", ex.Problems[1].Message);
        Assert.Equal("The value 1.001 has more than 2 decimal places, the precision of money in USD.", ex.Problems[2].Message);
        Assert.Equal("The goal east has children, and not exactly one of them owned by alice covers 2026-05-01; record the actual on a leaf goal.", ex.Problems[3].Message);
    }

    [Fact]
    public void Evaluate_ZeroTarget_HasNoAttainment()
    {
        GoalTree tree = new GoalTreeBuilder().Add("g", "o", Target.Count(0, "deals"), Year).Build();
        Assert.Null(tree.Evaluate(ActualsLedger.Empty.Record("g", new LocalDate(2026, 1, 2), 3m), new LocalDate(2026, 2, 1))["g"].Attainment);
    }

    public static class TreeShapes
    {
        public static Arbitrary<int[][]> Shapes() =>
            (from regions in Gen.Choose(1, 5)
             from reps in Gen.Choose(1, 6).ArrayOf(regions)
             from weights in Gen.Choose(0, 9).ArrayOf(regions * 6)
             select new[] { reps, weights }).ToArbitrary();
    }

    [Property(MaxTest = 60, Arbitrary = new[] { typeof(TreeShapes) })]
    public Property Evaluate_ActualsEqualToDecomposedTargets_GiveFullAttainmentEverywhere(int[][] shape, PositiveInt cents)
    {
        int[] reps = shape[0];
        int[] weights = shape[1];
        var builder = new GoalTreeBuilder().Add("co", "ceo", Target.Money(cents.Get / 100m, Currency.USD), Year);
        builder.AddSplit("co", reps.Select((_, r) => new PlannedGoal($"r{r}", $"m{r}", SplitPart.Weighted(1 + weights[r]))), ApportionmentMethod.SainteLague);
        for (int r = 0; r < reps.Length; r++)
        {
            builder.AddSplit($"r{r}", Enumerable.Range(0, reps[r]).Select(k => new PlannedGoal($"r{r}-{k}", $"p{r}-{k}", SplitPart.Weighted(weights[(r * 6) + k] + 1))));
            builder.AddMonthlySplit($"r{r}-0");
        }

        GoalTree tree = builder.Build();
        ActualsLedger actuals = ActualsLedger.Empty;
        foreach (Goal leaf in tree.Leaves)
        {
            actuals = actuals.Record(leaf.Id, leaf.Period.Start, leaf.Target.Value);
        }

        GoalProgressReport report = tree.Evaluate(actuals, new LocalDate(2026, 12, 31));
        bool ok = report.Goals.All(p => p.Target == 0 ? p.Attainment is null : p.Attainment == 1m);
        return (ok && tree.Notes.Count == 0).Label("every node at 100 %");
    }
}

public class ActualsLedgerTests
{
    [Fact]
    public void RecordShared_SplitsExactlyAndAddsBack()
    {
        ActualsLedger ledger = ActualsLedger.Empty.RecordShared(new LocalDate(2026, 5, 5), new Money(1000.01m, Currency.USD), [new CreditShare("kam", 60m), new CreditShare("territory", 40m)], "sale-17");
        Assert.Equal([600.01m, 400.00m], ledger.Entries.Select(e => e.Value));
        Assert.All(ledger.Entries, e => Assert.Equal("sale-17", e.Reference));
        Assert.Equal([33.34m, 33.33m, 33.33m], ActualsLedger.SplitCredit(100m, 2, [new CreditShare("a", 33.34m), new CreditShare("b", 33.33m), new CreditShare("c", 33.33m)]));
    }

    [Fact]
    public void RecordShared_BadShares_AreAllReported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => ActualsLedger.Empty.RecordShared(new LocalDate(2026, 5, 5), 10.005m, 2, [new CreditShare("a", -10m), new CreditShare("a", 50m)]));
        Assert.Equal(["shares[0].percentage", "shares[1].goal", "shares", "value"], ex.Problems.Select(p => p.Path));
        Assert.Equal("A percentage cannot be negative.", ex.Problems[0].Message);
        Assert.Equal("The goal a is credited more than once.", ex.Problems[1].Message);
        Assert.Equal("The percentages add up to 40, not 100.", ex.Problems[2].Message);
        Assert.Equal("The amount 10.005 has more than 2 decimal places.", ex.Problems[3].Message);
        Assert.Equal("A shared sale needs at least one share.", Assert.Single(Assert.Throws<AccountabilityException>(() => ActualsLedger.SplitCredit(1m, 2, [])).Problems).Message);
    }

    [Property(MaxTest = 150)]
    public Property RecordShared_Shares_AddBackToTheSale(PositiveInt cents, PositiveInt a, PositiveInt b)
    {
        decimal first = Math.Min(a.Get % 100, 100);
        decimal second = Math.Min(b.Get % (101 - (int)first), 100 - first);
        CreditShare[] shares = [new("a", first), new("b", second), new("c", 100m - first - second)];
        decimal sale = cents.Get / 100m;
        decimal[] parts = ActualsLedger.SplitCredit(sale, 2, shares);
        return (parts.Sum() == sale && parts.All(p => p >= 0)).Label($"{sale} by {first}/{second}");
    }

    [Fact]
    public void Record_ProgrammerErrors_ThrowStandardExceptions()
    {
        Assert.Throws<ArgumentException>(() => ActualsLedger.Empty.Record(default, new LocalDate(2026, 1, 1), 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ActualsLedger.Empty.Record("g", new LocalDate(2026, 1, 1), 1m, measure: 0m));
        Assert.Throws<ArgumentException>(() => new CreditShare(default, 1m));
        Assert.Empty(ActualsLedger.Empty.Entries);
    }
}
