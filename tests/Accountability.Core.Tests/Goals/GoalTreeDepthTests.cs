using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Goals;

/// <summary>Deep and broken goal trees: every walk is iterative, so any depth works; validation stays linear.</summary>
public class GoalTreeDepthTests
{
    private static readonly DateInterval Year = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
    private static readonly Instant Monday = Instant.FromUtc(2026, 4, 6, 9, 0);

    internal static GoalTreeBuilder Chain(int depth, string owner = "ann", Func<int, string>? ownerOf = null)
    {
        var builder = new GoalTreeBuilder();
        Target target = Target.Count(1_000, "deals");
        for (int i = 0; i < depth; i++)
        {
            GoalId? parent = i == 0 ? default(GoalId?) : new GoalId("g" + (i - 1));
            builder.Add("g" + i, ownerOf?.Invoke(i) ?? owner, target, Year, parent);
        }

        return builder;
    }

    [Fact]
    public void AcknowledgmentQueries_OnA100000DeepChain_DoNotOverflowTheStack()
    {
        const int depth = 100_000;
        GoalTree tree = Chain(depth).Build();
        Assert.Equal(depth, tree.Goals.Count);
        Assert.Equal(depth, tree.Unacknowledged().Count);
        Assert.Null(tree.AcknowledgmentOf("g" + (depth - 1)));

        GoalTree acked = tree.Acknowledge("g0", "ann", Monday, "Fine.");
        TargetAcknowledgment? inherited = acked.AcknowledgmentOf("g" + (depth - 1));
        Assert.NotNull(inherited);
        Assert.Equal(new GoalId("g0"), inherited.Goal);
        Assert.Empty(acked.Unacknowledged());
        Assert.Empty(acked.OwnersWithoutAcknowledgment());
        Assert.Equal(depth - 1, acked.AncestorsOf("g" + (depth - 1)).Count);
        Assert.Equal(depth, acked.Subtree("g0").Count);
        Assert.Empty(Chain(depth).Validate());

        GoalProgressReport report = tree.Evaluate(ActualsLedger.Empty.Record("g" + (depth - 1), new LocalDate(2026, 3, 1), 10m), new LocalDate(2026, 12, 31));
        Assert.Equal(10m, report[new GoalId("g0")].Actual);
    }

    [Fact]
    public void Unacknowledged_AChainWithAnOwnerChangeHalfWay_StopsInheritingAtTheChange()
    {
        GoalTree tree = Chain(10, ownerOf: i => i < 5 ? "ann" : "bob").Build().Acknowledge("g0", "ann", Monday);
        Assert.Equal(["g5", "g6", "g7", "g8", "g9"], tree.Unacknowledged().Select(g => g.Id.Value));
        Assert.Equal([new PartyId("bob")], tree.OwnersWithoutAcknowledgment());
        Assert.Null(tree.AcknowledgmentOf("g7"));
        Assert.NotNull(tree.AcknowledgmentOf("g4"));
    }

    [Fact]
    public void Validate_A100000GoalCycle_ReportsItOnceAtItsFirstDeclaredMember()
    {
        const int size = 100_000;
        var builder = new GoalTreeBuilder();
        for (int i = 0; i < size; i++)
        {
            builder.Add("c" + i, "ann", Target.Count(1, "deals"), Year, "c" + ((i + 1) % size));
        }

        Problem problem = Assert.Single(builder.Validate());
        Assert.Equal(GoalProblemCodes.GoalCycle, problem.Code);
        Assert.Equal("goals[c0].parent", problem.Path);
        Assert.StartsWith("The goals form a cycle: c0 -> c1 -> c2 -> ", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(" -> c99999 -> c0.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CyclesTailsAndUnknownParents_EachCycleOnceAndEveryUnknownParent()
    {
        var builder = new GoalTreeBuilder()
            .Add("root", "ann", Target.Count(1, "deals"), Year)
            .Add("tail", "ann", Target.Count(1, "deals"), Year, "b")    // leads into the cycle, is not on it
            .Add("b", "ann", Target.Count(1, "deals"), Year, "a")
            .Add("a", "ann", Target.Count(1, "deals"), Year, "b")
            .Add("self", "ann", Target.Count(1, "deals"), Year, "self")
            .Add("lost", "ann", Target.Count(1, "deals"), Year, "nowhere")
            .Add("below-lost", "ann", Target.Count(1, "deals"), Year, "lost");
        for (int i = 0; i < 2_000; i++)
        {
            builder.Add("u" + i, "ann", Target.Count(1, "deals"), Year, "missing" + i);
        }

        IReadOnlyList<Problem> problems = builder.Validate();
        Assert.Equal(
            ["goals[b].parent: The goals form a cycle: b -> a -> b.", "goals[self].parent: The goals form a cycle: self -> self."],
            problems.Where(p => p.Code == GoalProblemCodes.GoalCycle).Select(p => p.Path + ": " + p.Message));
        Assert.Equal(2_001, problems.Count(p => p.Code == GoalProblemCodes.GoalUnknownParent));
        Assert.Equal("goals[lost].parent", problems.First(p => p.Code == GoalProblemCodes.GoalUnknownParent).Path);
    }
}
