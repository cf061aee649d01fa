using Accountability.Goals;
using NodaTime;

namespace Accountability.Tests.Goals;

public class GoalTreeBuilderTests
{
    internal static readonly DateInterval Fy = ReportingPeriod.FiscalYear(2026, 4);

    internal static GoalTree SalesTree() => new GoalTreeBuilder()
        .Add("company", "ceo", Target.Money(1_000_000m, Currency.USD), Fy, name: "Company", workItem: new WorkItemId("sales-plan"))
        .AddSplit("company", [
            new PlannedGoal("east", "alice", SplitPart.Weighted(1_200_000m)) { Name = "East" },
            new PlannedGoal("west", "bob", SplitPart.Weighted(800_000m)),
        ])
        .AddSplit("east", [
            new PlannedGoal("r1", "carol", SplitPart.Equal),
            new PlannedGoal("r2", "dave", SplitPart.Equal),
            new PlannedGoal("r3", "erin", SplitPart.Equal),
        ])
        .AddMonthlySplit("r1", SeasonalityProfile.Create([6m, 7m, 8m, 8m, 8m, 9m, 9m, 9m, 8m, 8m, 9m, 11m]))
        .Build();

    [Fact]
    public void Build_SplitsAndMonthlySplits_AddUpExactly()
    {
        GoalTree tree = SalesTree();
        Assert.Equal(600_000m, tree["east"].Target.Value);
        Assert.Equal(400_000m, tree["west"].Target.Value);
        Assert.Equal([200_000m, 200_000m, 200_000m], tree.ChildrenOf("east").Select(g => g.Target.Value));
        IReadOnlyList<Goal> months = tree.ChildrenOf("r1");
        Assert.Equal(12, months.Count);
        Assert.Equal("r1/2026-04", months[0].Id.Value);
        Assert.Equal(new PartyId("carol"), months[0].Owner);
        Assert.Equal(200_000m, months.Sum(m => m.Target.Value));
        Assert.Equal(Fy, tree["east"].Period);
        Assert.Equal("East", tree["east"].Name);
        Assert.Equal(new WorkItemId("sales-plan"), tree["company"].WorkItem);
        Assert.Empty(tree.Notes);
    }

    [Fact]
    public void Build_GoalsAreListedParentsFirst()
    {
        GoalTree tree = new GoalTreeBuilder()
            .Add("child", "b", Target.Count(5, "deals"), Fy, parent: "root")
            .Add("root", "a", Target.Count(5, "deals"), Fy)
            .Build();
        Assert.Equal(["root", "child"], tree.Goals.Select(g => g.Id.Value));
        Assert.Equal(["root"], tree.Roots.Select(g => g.Id.Value));
        Assert.Equal(["child"], tree.Leaves.Select(g => g.Id.Value));
    }

    [Fact]
    public void Build_EveryProblem_IsReportedAtOnceWithItsPath()
    {
        var builder = new GoalTreeBuilder()
            .Add("company", "ceo", Target.Money(1000m, Currency.USD), Fy)
            .Add("company", "ceo", Target.Money(1000m, Currency.USD), Fy)
            .Add("eu", "ann", Target.Money(500m, Currency.EUR), Fy, parent: "company")
            .Add("late", "ann", Target.Money(500m, Currency.USD), ReportingPeriod.Year(2027), parent: "company")
            .Add("deals", "ann", Target.Count(3, "deals"), Fy, parent: "company")
            .Add("orphan", "ann", Target.Money(1m, Currency.USD), Fy, parent: "nowhere")
            .Add("a", "x", Target.Money(1m, Currency.USD), Fy, parent: "b")
            .Add("b", "x", Target.Money(1m, Currency.USD), Fy, parent: "a")
            .AddSplit("company", [new PlannedGoal("neg", "y", SplitPart.Weighted(-1m)), new PlannedGoal("pos", "z", SplitPart.Weighted(1m))]);
        var ex = Assert.Throws<AccountabilityException>(builder.Build);
        Assert.Equal(
            [
                "goals[company]",
                "goals[company].split[0].weight",
                "goals[eu].target",
                "goals[late].period",
                "goals[deals].target",
                "goals[orphan].parent",
                "goals[a].parent",
            ],
            ex.Problems.Where(p => p.IsError).Select(p => p.Path));
        Assert.Equal("The goal identifier company is used more than once.", ex.Problems[0].Message);
        Assert.Equal("The currency EUR (2 minor digits) does not match USD (2 minor digits).", ex.Problems[2].Message);
        Assert.Equal("The period 2027-01-01..2027-12-31 is not within the parent's period 2026-04-01..2027-03-31.", ex.Problems[3].Message);
        Assert.Equal("The target is a count of deals but the parent's is a money in USD.", ex.Problems[4].Message);
        Assert.Equal("The parent goal nowhere does not exist.", ex.Problems[5].Message);
        Assert.Equal("The goals form a cycle: a -> b -> a.", ex.Problems[6].Message);
    }

    [Fact]
    public void Build_ChildrenNotAddingUp_IsANoteNotAnError()
    {
        GoalTree tree = new GoalTreeBuilder()
            .Add("team", "lead", Target.Money(1000m, Currency.USD), Fy)
            .Add("rep", "rep", Target.Money(600m, Currency.USD), Fy, parent: "team")
            .Build();
        Problem note = Assert.Single(tree.Notes);
        Assert.Equal(ProblemSeverity.Warning, note.Severity);
        Assert.Equal("goals[team].target", note.Path);
        Assert.Equal("The children's targets add up to 600.00 USD, not the goal's target 1000.00 USD.", note.Message);
    }

    [Fact]
    public void Build_SplitWithImpossibleMinimums_IsReportedUnderTheParent()
    {
        var builder = new GoalTreeBuilder()
            .Add("team", "lead", Target.Count(10, "deals"), Fy)
            .AddSplit("team", [new PlannedGoal("a", "a", SplitPart.Equal.WithMinimum(6m)), new PlannedGoal("b", "b", SplitPart.Equal.WithMinimum(6m))]);
        Problem problem = Assert.Single(Assert.Throws<AccountabilityException>(builder.Build).Problems);
        Assert.Equal("goals[team].split", problem.Path);
        Assert.Equal("The minimums add up to 12, more than the total 10.", problem.Message);
    }

    [Fact]
    public void Validate_ListsProblemsWithoutThrowingOrBuilding()
    {
        var builder = new GoalTreeBuilder()
            .Add("team", "lead", Target.Money(1000m, Currency.USD), Fy)
            .Add("rep", "rep", Target.Money(600m, Currency.USD), Fy, parent: "team")
            .Add("x", "x", Target.Money(1m, Currency.USD), Fy, parent: "missing");
        IReadOnlyList<Problem> problems = builder.Validate();
        Assert.Equal([GoalProblemCodes.GoalUnknownParent, GoalProblemCodes.GoalChildrenTotal], problems.Select(p => p.Code));
        Assert.Equal(ProblemSeverity.Warning, problems[1].Severity);
        Assert.Throws<AccountabilityException>(builder.Build);
    }

    [Fact]
    public void Build_Twice_IsRefused()
    {
        var builder = new GoalTreeBuilder().Add("g", "o", Target.Count(1, "x"), Fy);
        builder.Build();
        Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Throws<InvalidOperationException>(() => builder.Add("h", "o", Target.Count(1, "x"), Fy));
    }

    [Fact]
    public void Add_ProgrammerErrors_ThrowStandardExceptions()
    {
        var builder = new GoalTreeBuilder();
        Assert.Throws<ArgumentException>(() => builder.Add(default, "o", Target.Count(1, "x"), Fy));
        Assert.Throws<ArgumentException>(() => builder.Add("g", default, Target.Count(1, "x"), Fy));
        Assert.Throws<ArgumentNullException>(() => builder.Add("g", "o", null!, Fy));
        Assert.Throws<ArgumentNullException>(() => builder.AddSplit("g", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddMonthlySplit("g", method: (ApportionmentMethod)9));
    }
}
