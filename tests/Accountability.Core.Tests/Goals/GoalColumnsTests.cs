using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Goals;

/// <summary>A built tree makes each goal when it is first read: the same goal every time, whatever the thread.</summary>
public class GoalColumnsTests
{
    private static readonly DateInterval Fy = GoalTreeBuilderTests.Fy;

    [Fact]
    public void Goals_AreMadeOnce_TheSameObjectEveryTime()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        for (int i = 0; i < tree.Goals.Count; i++)
        {
            Assert.Same(tree.Goals[i], tree.Goals[i]);
            Assert.Same(tree.Goals[i], tree[tree.Goals[i].Id]);
        }

        Assert.Same(tree["east"], tree.ChildrenOf("company")[0]);
        Assert.Same(tree["r1"], tree.AncestorsOf("r1/2026-04")[0]);
        Assert.Same(tree["company"], tree.Acknowledge("company", "ceo", Instant.FromUtc(2026, 4, 1, 9, 0)).Goals[0]);
    }

    [Fact]
    public void Goals_MadeLater_CarryEverythingDeclared()
    {
        Target total = Target.Money(900m, Currency.USD);
        var q1 = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 6, 30));
        GoalTree tree = new GoalTreeBuilder()
            .Add("co", "ceo", total, Fy, name: "Company", workItem: new WorkItemId("plan"))
            .AddSplit("co", [
                new PlannedGoal("a", "ann", SplitPart.Weighted(2m)) { Name = "Team A", WorkItem = new WorkItemId("team-a"), Period = q1 },
                new PlannedGoal("b", "bob", SplitPart.Weighted(1m)),
            ])
            .Build();

        Goal co = tree["co"];
        Assert.Same(total, co.Target);
        Assert.Equal("Company", co.Name);
        Assert.Null(co.ParentId);
        Assert.Equal(new WorkItemId("plan"), co.WorkItem);
        Assert.Equal([new GoalId("a"), new GoalId("b")], co.ChildIds);
        Assert.False(co.IsLeaf);

        Goal a = tree["a"];
        Assert.Equal("Team A", a.Name);
        Assert.Equal(new PartyId("ann"), a.Owner);
        Assert.Equal(Target.Money(600m, Currency.USD), a.Target);
        Assert.Equal(q1, a.Period);
        Assert.Equal(new GoalId("co"), a.ParentId);
        Assert.Equal(new WorkItemId("team-a"), a.WorkItem);
        Assert.Empty(a.ChildIds);
        Assert.True(a.IsLeaf);

        Goal b = tree["b"];
        Assert.Equal("b", b.Name);
        Assert.Equal(Target.Money(300m, Currency.USD), b.Target);
        Assert.Equal(Fy, b.Period);
        Assert.Null(b.WorkItem);
        Assert.Equal("b (bob): 300.00 USD over 2026-04-01..2027-03-31", b.ToString());
    }

    [Fact]
    public void Goals_ReadFirstFromManyThreads_AreOneObjectPerPlace()
    {
        var builder = new GoalTreeBuilder().Add("co", "ceo", Target.Money(1_000_000m, Currency.USD), Fy);
        builder.AddSplit("co", Enumerable.Range(0, 2_000).Select(i => new PlannedGoal("g" + i, "p" + i, SplitPart.Weighted(1 + (i % 7)))));
        GoalTree tree = builder.Build();
        var seen = new Goal[8][];
        Parallel.For(0, seen.Length, t =>
        {
            var mine = new Goal[tree.Goals.Count];
            for (int k = 0; k < mine.Length; k++)
            {
                int i = (k + (t * 257)) % mine.Length;
                mine[i] = tree.Goals[i];
            }

            seen[t] = mine;
        });

        for (int i = 0; i < tree.Goals.Count; i++)
        {
            Assert.All(seen, s => Assert.Same(tree.Goals[i], s[i]));
        }

        Assert.Equal(1_000_000m, tree.Leaves.Sum(g => g.Target.Value));
    }

    [Fact]
    public void Evaluate_BeforeAnyGoalIsRead_GivesTheSameReport()
    {
        GoalTree fresh = GoalTreeBuilderTests.SalesTree();
        GoalTree read = GoalTreeBuilderTests.SalesTree();
        _ = read.Goals.ToList();
        ActualsLedger actuals = ActualsLedger.Empty.Record("r2", new LocalDate(2026, 5, 1), 50_000m).Record("r1", new LocalDate(2026, 5, 2), 1_000m);
        GoalProgressReport a = fresh.Evaluate(actuals, new LocalDate(2026, 12, 31));
        GoalProgressReport b = read.Evaluate(actuals, new LocalDate(2026, 12, 31));
        Assert.Equal(b.Goals.Select(p => p.ToString()), a.Goals.Select(p => p.ToString()));
        Assert.Equal(51_000m, a["company"].Actual);
        Assert.Equal(1_000m, a["r1/2026-05"].Actual);
        Assert.Equal(["r1", "r2", "r3"], a["east"].Contributions.Select(c => c.Child.Value));
    }
}
