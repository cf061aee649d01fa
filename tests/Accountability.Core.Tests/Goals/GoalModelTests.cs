using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Goals;

public class SplitPartTests
{
    [Fact]
    public void Factories_KeepTheirValues()
    {
        Assert.Equal(1m, SplitPart.Equal.Weight);
        Assert.Equal("weight 2, min 1, max 5", SplitPart.Weighted(2m).WithMinimum(1m).WithMaximum(5m).ToString());
        Assert.Equal("locked at 7", SplitPart.LockedAt(7m).ToString());
        Assert.Equal(7m, SplitPart.LockedAt(7m).Locked);
        Assert.Null(SplitPart.Equal.Minimum);
    }
}

public class PlannedGoalTests
{
    [Fact]
    public void Constructor_RequiresIdOwnerAndPart()
    {
        var planned = new PlannedGoal("g", "o", SplitPart.Equal) { Name = "G", Period = ReportingPeriod.Year(2026), WorkItem = new WorkItemId("w") };
        Assert.Equal("G", planned.Name);
        Assert.Throws<ArgumentException>(() => new PlannedGoal(default, "o", SplitPart.Equal));
        Assert.Throws<ArgumentException>(() => new PlannedGoal("g", default, SplitPart.Equal));
        Assert.Throws<ArgumentNullException>(() => new PlannedGoal("g", "o", null!));
    }
}

public class GoalTests
{
    [Fact]
    public void ToString_ShowsIdOwnerTargetAndPeriod()
    {
        Goal goal = GoalTreeBuilderTests.SalesTree()["west"];
        Assert.Equal("west (bob): 400000.00 USD over 2026-04-01..2027-03-31", goal.ToString());
        Assert.Equal(new GoalId("company"), goal.ParentId);
        Assert.True(goal.IsLeaf);
    }
}

public class PaceOptionsTests
{
    [Fact]
    public void Default_IsStraightLineWithDocumentedThresholds()
    {
        Assert.Null(PaceOptions.Default.Profile);
        Assert.Null(PaceOptions.Default.Calendar);
        Assert.Equal(0.95m, PaceOptions.Default.OnTrackAtLeast);
        Assert.Equal(0.85m, PaceOptions.Default.OffTrackBelow);
    }
}

public class GoalProgressTests
{
    [Fact]
    public void ToString_ShowsActualTargetAndAttainment()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        GoalProgressReport report = tree.Evaluate(ActualsLedger.Empty.Record("west", new LocalDate(2026, 5, 1), 100_000m), new LocalDate(2026, 5, 2));
        Assert.Equal("west: 100000.00 USD of 400000.00 USD (25.0 %)", report["west"].ToString());
        Assert.Throws<ArgumentException>(() => report["nobody"]);
        Assert.Equal("west 2026-05-01: 100000", ActualsLedger.Empty.Record("west", new LocalDate(2026, 5, 1), 100_000m).Entries[0].ToString());
        Assert.Equal("a 60%", new CreditShare("a", 60m).ToString());
    }
}
