using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

public class CycleComparisonTests
{
    [Fact]
    public void Compare_PerCriterion_WithFigures_AndLastPlanFollowedUp()
    {
        ScorecardResult q1 = Score(Ana, sales: 90_000m, salesTarget: 100_000m, calls: 95m, dso: 48m);
        ScorecardResult q2 = Score(Ana, sales: 100_000m, salesTarget: 100_000m, calls: 95m, dso: 51m);
        ImprovementPlan plan = ImprovementPlan.Propose(q1, Q1, April1, new PlanProposalOptions(new LocalDate(2026, 6, 30), 90m), Lee, T0)
            .ChangeStatus(1, ActionStatus.Done, Ana, At(1))
            .AddAction("Key-account training", Ana, new LocalDate(2026, 6, 30), Lee, At(2), ActionKind.Training);

        CycleComparison comparison = CycleComparison.Compare(q1, q2, plan);

        Assert.Equal(Ana, comparison.Subject);
        Assert.Equal(
            [CriterionChangeKind.Improved, CriterionChangeKind.Unchanged, CriterionChangeKind.Declined],
            comparison.Changes.Select(c => c.Kind));
        CriterionChange sales = comparison.Changes[0];
        Assert.Equal(50m, sales.Difference);
        Assert.Equal("Sales amount (sales): improved 50.00 → 100.00 (+50.00)", sales.ToString());
        Assert.Equal(ActionStatus.Done, Assert.Single(sales.PlannedActions).Status);
        Assert.Equal("Days sales outstanding (dso): declined 80.00 → 60.00 (-20.00)", comparison.Changes[2].ToString());
        Assert.Equal(ActionStatus.Open, Assert.Single(comparison.Changes[2].PlannedActions).Status);
        Assert.Empty(comparison.Changes[1].PlannedActions);
        Assert.Equal(1, comparison.ActionsDone);
        Assert.Equal([2, 3], comparison.UnfinishedActions.Select(a => a.Number));
        Assert.False(comparison.PlanFinished);
        Assert.Equal(CriterionChangeKind.Improved, comparison.Kind);
        Assert.Equal(comparison.CurrentScore - comparison.PreviousScore, comparison.Difference);
    }

    [Fact]
    public void Compare_CriteriaMatchedById_NewAndDroppedAcrossScorecards()
    {
        ScorecardResult q1 = SalesTeamResult(Ana);
        ScorecardResult q2 = Score(Ana, sales: 100_000m, salesTarget: 100_000m, calls: 95m, dso: 51m);

        CycleComparison comparison = CycleComparison.Compare(q1, q2);

        Assert.Equal(
            [("sales", CriterionChangeKind.Unchanged), ("calls", CriterionChangeKind.New), ("dso", CriterionChangeKind.Declined), ("csat", CriterionChangeKind.Dropped), ("accounts", CriterionChangeKind.Dropped)],
            comparison.Changes.Select(c => (c.Criterion.Value, c.Kind)));
        Assert.Equal("Customer satisfaction (csat): dropped (was 90.00)", comparison.Changes[3].ToString());
        Assert.Null(comparison.PreviousPlan);
        Assert.False(comparison.PlanFinished);
    }

    [Fact]
    public void Compare_DifferentSubjects_IsRefused()
    {
        ScorecardResult ana = Score(Ana, 90_000m, 100_000m, 95m, 48m);
        ScorecardResult ben = Score(Ben, 90_000m, 100_000m, 95m, 48m);
        ImprovementPlan bensPlan = ImprovementPlan.Create(Ben, April1, Lee, T0);
        var error = Assert.Throws<AccountabilityException>(() => CycleComparison.Compare(ana, ben, bensPlan));
        Assert.Equal(
            [
                ("current.subject", "This cycle's result is for ben, last cycle's for ana; compare one subject's results."),
                ("previousPlan.subject", "Last cycle's plan is for ben, its result for ana."),
            ],
            error.Problems.Select(p => (p.Path, p.Message)));
        Assert.All(error.Problems, p => Assert.Equal(ReviewProblemCodes.SubjectMismatch, p.Code));
    }

    /// <summary>The scoring tests' five-criterion card, without call plan (so calls is new next cycle).</summary>
    private static ScorecardResult SalesTeamResult(PartyId subject)
    {
        Scorecard card = Scorecard.CreateBuilder("old-rep", "Sales representative (2025)")
            .Add(Sales, 40m)
            .Add(Accountability.Tests.Scoring.SalesTeam.Satisfaction, 20m)
            .Add(Accountability.Tests.Scoring.SalesTeam.NewAccounts, 20m)
            .Add(Dso, 20m)
            .Build();
        return card.Score(Actuals.For(subject).Value("sales", 100_000m).Value("csat", 4m).Value("accounts", 8m).Value("dso", 45m).Build());
    }
}
