using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

public class ImprovementPlanTests
{
    private static ImprovementPlan Empty() => ImprovementPlan.Create(Ana, April1, Lee, T0);

    private static ImprovementPlan WithOneAction() =>
        Empty().AddAction("Shadow a top rep on three visits", Ana, new LocalDate(2026, 5, 31), Lee, At(1), ActionKind.Improvement, ActionLink.ForCriterion("sales", Q1));

    [Fact]
    public void AddAction_ReturnsNewPlan_WithOneMoreHistoryEntry_AndLeavesTheOldOneAlone()
    {
        ImprovementPlan empty = Empty();
        ImprovementPlan plan = empty.AddAction("Key-account training", Ana, new LocalDate(2026, 6, 30), Lee, At(1), ActionKind.Training, ActionLink.ForGoal("ana-2026"));

        Assert.Empty(empty.Actions);
        Assert.Empty(empty.History);
        PlannedAction action = Assert.Single(plan.Actions);
        Assert.Equal(1, action.Number);
        Assert.Equal(ActionKind.Training, action.Kind);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Equal(new GoalId("ana-2026"), action.Addresses!.Goal);
        ActionStatusChange added = Assert.Single(plan.History);
        Assert.Null(added.From);
        Assert.Equal(Lee, added.By);
        Assert.Equal(At(1), added.At);
        Assert.Equal("1. Key-account training (training request) — ana, due 2026-06-30, open", action.ToString());
    }

    [Fact]
    public void ChangeStatus_AllowedPath_RecordsWhoWhenWhy()
    {
        ImprovementPlan plan = WithOneAction()
            .ChangeStatus(1, ActionStatus.InProgress, Ana, At(2))
            .ChangeStatus(1, ActionStatus.Done, Ana, At(3), "three visits done");

        PlannedAction action = plan[1];
        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.True(action.IsFinished);
        Assert.Equal([null, ActionStatus.Open, ActionStatus.InProgress], action.History.Select(h => h.From));
        Assert.Equal("three visits done", action.History[^1].Reason);
        Assert.Equal(3, plan.History.Count);
        Assert.Equal("action 1: in progress → done by ana at 2026-04-01T12:00:00Z: three visits done", plan.History[^1].ToString());
        Assert.Equal(1, plan.Count(ActionStatus.Done));
    }

    [Fact]
    public void ChangeStatus_Drop_KeepsTheReason()
    {
        ImprovementPlan plan = WithOneAction().ChangeStatus(1, ActionStatus.Dropped, Lee, At(2), "  territory reassigned ");
        Assert.Equal("territory reassigned", plan[1].DropReason);
        Assert.Equal(ActionStatus.Dropped, plan[1].Status);
    }

    [Theory]
    [InlineData(ActionStatus.Open, ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.Open, ActionStatus.Done, true)]
    [InlineData(ActionStatus.Open, ActionStatus.Dropped, true)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Done, true)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Dropped, true)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Open, false)]
    [InlineData(ActionStatus.Open, ActionStatus.Open, false)]
    [InlineData(ActionStatus.Done, ActionStatus.Open, false)]
    [InlineData(ActionStatus.Done, ActionStatus.Dropped, false)]
    [InlineData(ActionStatus.Dropped, ActionStatus.InProgress, false)]
    public void IsAllowed_FollowsTheStateMachine(ActionStatus from, ActionStatus to, bool allowed) =>
        Assert.Equal(allowed, PlannedAction.IsAllowed(from, to));

    [Fact]
    public void ChangeStatus_FromFinalStatus_IsRefused_AndPlanUnchanged()
    {
        ImprovementPlan done = WithOneAction().ChangeStatus(1, ActionStatus.Done, Ana, At(2));
        var error = Assert.Throws<AccountabilityException>(() => done.ChangeStatus(1, ActionStatus.InProgress, Ana, At(3)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ActionTransitionForbidden, problem.Code);
        Assert.Equal("actions[0].status", problem.Path);
        Assert.Equal("Action 1 cannot go from done to in progress: done is final.", problem.Message);
        Assert.Equal(ActionStatus.Done, done[1].Status);
        Assert.Equal(2, done.History.Count);
    }

    [Fact]
    public void ChangeStatus_DropWithoutReason_IsRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => WithOneAction().ChangeStatus(1, ActionStatus.Dropped, Lee, At(2), " "));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ActionDropWithoutReason, problem.Code);
        Assert.Equal("actions[0].reason", problem.Path);
        Assert.Equal("Dropping an action needs a reason.", problem.Message);
    }

    [Fact]
    public void ChangeStatus_UnknownAction_IsRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => WithOneAction().ChangeStatus(2, ActionStatus.Done, Lee, At(2)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ActionUnknown, problem.Code);
        Assert.Equal("The plan has no action 2; its actions are numbered 1 to 1.", problem.Message);
    }

    [Fact]
    public void ChangeStatus_BeforeTheLastChange_IsRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => WithOneAction().ChangeStatus(1, ActionStatus.Done, Lee, T0));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ChangeBeforePrevious, problem.Code);
        Assert.Equal("at", problem.Path);
        Assert.Equal("A change cannot be recorded at 2026-04-01T09:00:00Z, before the last recorded change at 2026-04-01T10:00:00Z.", problem.Message);
    }

    [Fact]
    public void ChangeStatus_UndefinedStatus_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WithOneAction().ChangeStatus(1, (ActionStatus)9, Lee, At(2)));

    [Fact]
    public void AddAction_DueBeforePlan_EmptyTitle_MissingOwner_AllReportedTogether()
    {
        ImprovementPlan plan = Empty();
        var error = Assert.Throws<AccountabilityException>(() => plan.AddAction(" ", default, new LocalDate(2026, 3, 31), Lee, At(1)));
        Assert.Equal(
            [
                ("title", ReviewProblemCodes.ActionTitleEmpty, "An action needs a title saying what is to be done."),
                ("owner", ReviewProblemCodes.PartyMissing, "The action's owner must be named (the party identifier is empty)."),
                ("due", ReviewProblemCodes.ActionDueBeforePlan, "An action cannot be due on 2026-03-31, before the plan was made on 2026-04-01."),
            ],
            error.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Empty(plan.Actions);
    }

    [Fact]
    public void AddAction_TitleTooLong_IsRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => Empty().AddAction(new string('x', 501), Ana, April1, Lee, At(1)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ActionTitleTooLong, problem.Code);
        Assert.Equal("An action's title can be at most 500 characters; this one has 501.", problem.Message);
        Assert.Equal(500, PlannedAction.MaxTitleLength);
        Empty().AddAction(new string('x', 500), Ana, April1, Lee, At(1));
    }

    [Fact]
    public void ChangeStatus_ReasonTooLong_IsRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => WithOneAction().ChangeStatus(1, ActionStatus.Dropped, Lee, At(2), new string('r', 2001)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ReasonTooLong, problem.Code);
        Assert.Equal("A reason can be at most 2000 characters; this one has 2001.", problem.Message);
    }

    [Fact]
    public void Create_DefaultParties_AreRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => ImprovementPlan.Create(default, April1, default, T0));
        Assert.Equal(["subject", "by"], error.Problems.Select(p => p.Path));
        Assert.All(error.Problems, p => Assert.Equal(ReviewProblemCodes.PartyMissing, p.Code));
    }

    [Fact]
    public void Overdue_ListsUnfinishedActionsPastTheirDueDate()
    {
        ImprovementPlan plan = WithOneAction()
            .AddAction("Call-plan review", Ana, new LocalDate(2026, 4, 30), Lee, At(2))
            .AddAction("Ask for CRM support", Ana, new LocalDate(2026, 4, 15), Lee, At(3), ActionKind.Support)
            .ChangeStatus(3, ActionStatus.Done, Ana, At(4));

        Assert.Empty(plan.Overdue(new LocalDate(2026, 4, 30)));
        Assert.Equal([2], plan.Overdue(new LocalDate(2026, 5, 1)).Select(a => a.Number));
        Assert.Equal([1, 2], plan.Overdue(new LocalDate(2026, 6, 1)).Select(a => a.Number));
    }

    [Fact]
    public void Propose_OneActionPerCriterionBelowTheBar_NamingTheGap()
    {
        ScorecardResult result = Score(Ana, sales: 90_000m, salesTarget: 100_000m, calls: 95m, dso: 48m);
        Assert.Equal([50m, 95m, 80m], result.Criteria.Select(c => c.Score!.Value));

        ImprovementPlan plan = ImprovementPlan.Propose(result, Q1, April1, new PlanProposalOptions(new LocalDate(2026, 6, 30), belowScore: 90m), Lee, T0);

        Assert.Equal(Ana, plan.Subject);
        Assert.Equal(2, plan.Actions.Count);
        PlannedAction sales = plan[1];
        Assert.Equal("Raise Sales amount (sales) from 50.00 to at least 90.00 (gap 40.00); actual 90000 against target 100000 (gap 10000)", sales.Title);
        Assert.Equal(Ana, sales.Owner);
        Assert.Equal(new CriterionId("sales"), sales.Addresses!.Criterion);
        Assert.Equal(Q1, sales.Addresses.Period);
        Assert.Equal(40m, sales.Gap!.ScoreGap);
        Assert.Equal(10_000m, sales.Gap.TargetGap);
        PlannedAction dso = plan[2];
        Assert.Equal("Raise Days sales outstanding (dso) from 80.00 to at least 90.00 (gap 10.00)", dso.Title);
        Assert.Null(dso.Gap!.Target);
        Assert.Null(dso.Gap.TargetGap);
        Assert.All(plan.Actions, a => Assert.Equal("proposed from the scored result", a.History[0].Reason));
    }

    [Fact]
    public void Propose_NothingBelowTheBar_GivesAnEmptyPlan_AndOwnerCanBeTheManager()
    {
        ScorecardResult result = Score(Ana, sales: 90_000m, salesTarget: 100_000m, calls: 95m, dso: 48m);
        Assert.Empty(ImprovementPlan.Propose(result, Q1, April1, new PlanProposalOptions(April1, belowScore: 50m), Lee, T0).Actions);
        ImprovementPlan plan = ImprovementPlan.Propose(result, Q1, April1, new PlanProposalOptions(April1, 60m, Lee, ActionKind.Support), Lee, T0);
        Assert.Equal(Lee, Assert.Single(plan.Actions).Owner);
        Assert.Equal(ActionKind.Support, plan[1].Kind);
    }

    [Fact]
    public void Propose_DueBeforePlan_IsRefused()
    {
        ScorecardResult result = Score(Ana, sales: 90_000m, salesTarget: 100_000m, calls: 95m, dso: 48m);
        var error = Assert.Throws<AccountabilityException>(() => ImprovementPlan.Propose(result, Q1, April1, new PlanProposalOptions(new LocalDate(2026, 3, 1)), Lee, T0));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ActionDueBeforePlan, problem.Code);
        Assert.Equal("options.due", problem.Path);
    }

    [Fact]
    public void ActionLink_ToString_NamesCriterionAndPeriod()
    {
        Assert.Equal("criterion sales (2026-01-01/2026-03-31)", ActionLink.ForCriterion("sales", Q1).ToString());
        Assert.Equal("goal ana-2026", ActionLink.ForGoal("ana-2026").ToString());
        Assert.Throws<ArgumentException>(() => ActionLink.ForGoal(default));
    }
}
