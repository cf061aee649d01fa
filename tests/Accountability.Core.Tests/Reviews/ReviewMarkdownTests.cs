using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

public class ReviewMarkdownTests
{
    [Fact]
    public void Plan_ToMarkdown_ListsActionsWithProgress_AndMarksOverdue()
    {
        ImprovementPlan plan = ImprovementPlan.Create(Ana, April1, Lee, T0)
            .AddAction("Shadow a top rep | three visits", Ana, new LocalDate(2026, 4, 30), Lee, At(1), ActionKind.Improvement, ActionLink.ForCriterion("sales", Q1))
            .AddAction("Key-account training", Ana, new LocalDate(2026, 6, 30), Lee, At(2), ActionKind.Training)
            .AddAction("CRM help", Lee, new LocalDate(2026, 4, 15), Lee, At(3), ActionKind.Support)
            .ChangeStatus(3, ActionStatus.Dropped, Lee, At(4), "tool replaced");

        Assert.Equal(
            "### Improvement plan for ana\n\n"
            + "Made on 2026-04-01 by lee. 3 actions: 0 done, 0 in progress, 2 open, 1 dropped; 1 overdue on 2026-05-02.\n\n"
            + "| # | Action | Kind | Owner | Due | Status | Addresses |\n| --: | --- | --- | --- | --- | --- | --- |\n"
            + "| 1 | Shadow a top rep \\| three visits | improvement | ana | 2026-04-30 | open (overdue) | criterion sales (2026-01-01/2026-03-31) |\n"
            + "| 2 | Key-account training | training request | ana | 2026-06-30 | open |  |\n"
            + "| 3 | CRM help | support request | lee | 2026-04-15 | dropped: tool replaced |  |\n",
            plan.ToMarkdown(new LocalDate(2026, 5, 2)));
        Assert.Equal("### Improvement plan for ben\n\nMade on 2026-04-01 by lee. 0 actions: 0 done, 0 in progress, 0 open, 0 dropped.\n", ImprovementPlan.Create(Ben, April1, Lee, T0).ToMarkdown());
    }

    [Fact]
    public void Cycle_ToMarkdown_ShowsPhasesDeadlinesAndMoves()
    {
        ReviewCycle cycle = Cycle().Advance(Lee, At(1)).Advance(Lee, At(2)).MoveTo(ReviewPhase.SelfAssessment, Lee, At(3), "self-assessments incomplete");

        Assert.Equal(
            "### Review cycle: 2026 Q1 review\n\n"
            + "Period 2026-01-01 to 2026-03-31, 2 participants; now in self-assessment.\n\n"
            + "| Phase | Deadline | |\n| --- | --- | --- |\n"
            + "| goal setting | 2026-01-15 | done |\n"
            + "| self-assessment | 2026-04-05 | current, overdue |\n"
            + "| manager assessment | 2026-04-10 |  |\n"
            + "| calibration | 2026-04-15 |  |\n"
            + "| feedback conversation | 2026-04-20 |  |\n"
            + "| acknowledgment | 2026-04-30 |  |\n"
            + "| closed |  |  |\n"
            + "\nMoves:\n\n"
            + "- goal setting → self-assessment by lee at 2026-04-01T10:00:00Z\n"
            + "- self-assessment → manager assessment by lee at 2026-04-01T11:00:00Z\n"
            + "- manager assessment → self-assessment by lee at 2026-04-01T12:00:00Z: self-assessments incomplete\n",
            cycle.ToMarkdown(new LocalDate(2026, 4, 8)));
    }

    [Fact]
    public void Comparison_ToMarkdown_ShowsFiguresAndThePlanFollowUp()
    {
        ScorecardResult q1 = Score(Ana, sales: 90_000m, salesTarget: 100_000m, calls: 95m, dso: 48m);
        ScorecardResult q2 = Score(Ana, sales: 100_000m, salesTarget: 100_000m, calls: 95m, dso: 51m);
        ImprovementPlan plan = ImprovementPlan.Propose(q1, Q1, April1, new PlanProposalOptions(new LocalDate(2026, 6, 30), 90m), Lee, T0)
            .ChangeStatus(1, ActionStatus.Done, Ana, At(1));

        Assert.Equal(
            "### Change since last cycle for ana\n\n"
            + $"Overall: {Rounding.Format(q1.Score!.Value)} → {Rounding.Format(q2.Score!.Value)} (+{Rounding.Format(q2.Score.Value - q1.Score.Value)}) (improved).\n\n"
            + "| Criterion | Last cycle | This cycle | Change | Planned actions |\n| --- | --: | --: | --: | --- |\n"
            + "| Sales amount (sales) | 50.00 | 100.00 | +50.00 improved | 1. done |\n"
            + "| Call-plan compliance (calls) | 95.00 | 95.00 | 0.00 unchanged |  |\n"
            + "| Days sales outstanding (dso) | 80.00 | 60.00 | -20.00 declined | 2. open |\n"
            + "\nLast cycle's plan: 1 of 2 actions done, 0 dropped; still open: 2. Raise Days sales outstanding (dso) from 80.00 to at least 90.00 (gap 10.00).\n",
            CycleComparison.Compare(q1, q2, plan).ToMarkdown());
    }
}
