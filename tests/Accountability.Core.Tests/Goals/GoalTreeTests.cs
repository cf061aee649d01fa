using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Goals;

public class GoalTreeTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 4, 6, 9, 0);

    [Fact]
    public void Navigation_FindsChildrenAncestorsAndSubtrees()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        Assert.Equal(["east", "company"], tree.AncestorsOf("r1").Select(g => g.Id.Value));
        Assert.Equal(["east", "r1"], tree.Subtree("east").Take(2).Select(g => g.Id.Value));
        Assert.Equal(16, tree.Subtree("east").Count); // east, r1 and its 12 months, r2, r3
        Assert.False(tree.Contains("nobody"));
        Assert.Throws<ArgumentException>(() => tree["nobody"]);
        Assert.True(tree["r2"].IsLeaf);
    }

    [Fact]
    public void Acknowledge_ByOwner_IsCurrentUntilTheTargetChanges()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        GoalTree acked = tree.Acknowledge("r2", "dave", Monday, "Looks fair.");
        TargetAcknowledgment? ack = acked.AcknowledgmentOf("r2");
        Assert.NotNull(ack);
        Assert.Equal(Monday, ack.At);
        Assert.Equal("Looks fair.", ack.Comment);
        Assert.False(ack.IsObjection);
        Assert.Null(tree.AcknowledgmentOf("r2"));
        Assert.DoesNotContain(acked.Unacknowledged(), g => g.Id == new GoalId("r2"));
        Assert.Contains(new PartyId("erin"), acked.OwnersWithoutAcknowledgment());
        Assert.DoesNotContain(new PartyId("dave"), acked.OwnersWithoutAcknowledgment());

        GoalTree changed = acked.Redistribute(Departure.SpreadOverOthers("r3", new LocalDate(2026, 6, 30)), ActualsLedger.Empty);
        Assert.Null(changed.AcknowledgmentOf("r2"));
        Assert.Single(changed.Acknowledgments);
    }

    [Fact]
    public void Acknowledge_Objection_IsListed()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree().Acknowledge("west", "bob", Monday, "Territory shrank by a third.", objection: true);
        Assert.Equal(["west"], tree.Objected().Select(g => g.Id.Value));
        Assert.StartsWith("bob objected to west (400000.00 USD) at 2026-04-06T09:00:00Z", tree.AcknowledgmentOf("west")!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Acknowledge_ByAnotherParty_OrObjectionWithoutComment_IsReported()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        var ex = Assert.Throws<AccountabilityException>(() => tree.Acknowledge("west", "mallory", Monday, objection: true));
        Assert.Equal(["goals[west].acknowledgment.by", "goals[west].acknowledgment.comment"], ex.Problems.Select(p => p.Path));
        Assert.Equal("Only the goal's owner bob can acknowledge its target; mallory cannot.", ex.Problems[0].Message);
        Assert.Equal("An objection needs a comment saying what is objected to.", ex.Problems[1].Message);
    }

    [Fact]
    public void Acknowledge_YearlyTarget_CoversTheSameOwnersMonths()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree().Acknowledge("r1", "carol", Monday);
        Assert.NotNull(tree.AcknowledgmentOf("r1/2026-07"));
        Assert.DoesNotContain(new PartyId("carol"), tree.OwnersWithoutAcknowledgment());
        Assert.Null(tree.Acknowledge("company", "ceo", Monday).AcknowledgmentOf("east"));
    }

    [Fact]
    public void OwnersWithoutAcknowledgment_AreDistinctAndOrdered()
    {
        GoalTree tree = GoalTreeBuilderTests.SalesTree();
        Assert.Equal(["alice", "bob", "carol", "ceo", "dave", "erin"], tree.OwnersWithoutAcknowledgment().Select(p => p.Value));
    }
}
