using System.Globalization;
using Accountability;
using Accountability.Goals;
using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// What happens after the score: the first quarter's review cycle run through its phases, a plan from Zhao Min's
/// weak result, who is overdue for feedback, and the second quarter against the first.
/// </summary>
internal static class AfterTheScoreDemo
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static Instant At(int month, int day, int hour = 10) => new LocalDateTime(2026, month, day, hour, 0).InZoneLeniently(Shanghai).ToInstant();

    public static void Run(TextWriter output)
    {
        Scorecard card = ScoringDemo.RepScorecard(out _);
        ActualsTable q1 = ScoringDemo.FirstQuarter(card, out _);
        ScorecardResult zhaoQ1 = card.Explain(q1, q1.Subjects.ToList().IndexOf("zhao-min"));

        // 1. The first quarter's review cycle, with a deadline per phase; every move is recorded (who, when, why).
        var deadlines = new Dictionary<ReviewPhase, LocalDate>
        {
            [ReviewPhase.SelfAssessment] = new(2026, 7, 10),
            [ReviewPhase.ManagerAssessment] = new(2026, 7, 17),
            [ReviewPhase.Calibration] = new(2026, 7, 24),
            [ReviewPhase.FeedbackConversation] = new(2026, 7, 31),
            [ReviewPhase.Acknowledgment] = new(2026, 8, 7),
        };
        ReviewCycle cycle = ReviewCycle.Create("FY2026 Q1 review", KangtaiPharma.FirstQuarter, KangtaiPharma.Reps, deadlines, "zhang-wei", At(7, 1))
            .Advance("zhang-wei", At(7, 1, 11))                          // to self-assessment
            .Advance("zhang-wei", At(7, 9))                              // to manager assessment
            .Advance("zhang-wei", At(7, 16))                             // to calibration
            .MoveTo(ReviewPhase.ManagerAssessment, "zhang-wei", At(7, 20), "West ratings came in before the West targets were corrected; re-assess")
            .Advance("qian-hao", At(7, 22));                             // calibration again, past its deadline
        output.WriteLine("== After the score: the first quarter's review ==");
        output.WriteLine();
        output.WriteLine($"Overdue on 2026-07-26: {string.Join("; ", cycle.Overdue(new LocalDate(2026, 7, 26)))}");
        cycle = cycle
            .Advance("zhang-wei", At(7, 27))                             // to the feedback conversations
            .Advance("zhang-wei", At(8, 3));                             // to acknowledgment

        // 2. A plan from Zhao Min's result: one action per criterion below 90, naming the gap; her manager adds a
        //    training request and she starts on the first action.
        ImprovementPlan plan = ImprovementPlan.Propose(
                zhaoQ1, KangtaiPharma.FirstQuarter, new LocalDate(2026, 7, 31),
                new PlanProposalOptions(due: new LocalDate(2026, 9, 30), belowScore: 90m), "qian-hao", At(7, 31))
            .AddAction("Key-account negotiation training", "zhao-min", new LocalDate(2026, 8, 31), "qian-hao", At(7, 31, 11), ActionKind.Training)
            .ChangeStatus(1, ActionStatus.InProgress, "zhao-min", At(8, 3));
        output.WriteLine();
        output.Write(plan.ToMarkdown(asOf: new LocalDate(2026, 8, 15)));

        // 3. Zhou Tao has not acknowledged his result: the cycle will not close without an override, which is recorded.
        var readiness = new CycleReadiness(unacknowledged: ["zhou-tao"], withOpenAppeals: []);
        try
        {
            cycle.Close(readiness, "zhang-wei", At(8, 10));
        }
        catch (AccountabilityException ex)
        {
            output.WriteLine();
            output.WriteLine("Closing on 2026-08-10: " + ex.Problems[0].Message);
        }

        cycle = cycle.Close(readiness, "zhang-wei", At(8, 12), "Zhou Tao on leave until September; acknowledgment to follow");
        output.WriteLine();
        output.Write(cycle.ToMarkdown());

        // 4. Feedback at least every 30 days: who is overdue on 15 August, and since when.
        var cadence = new FeedbackCadence(everyDays: 30, countFrom: KangtaiPharma.FiscalYearStart);
        FeedbackFact[] given =
        [
            FeedbackFact.At("chen-jie", At(7, 28), Shanghai),
            FeedbackFact.At("liu-yang", At(7, 29), Shanghai),
            FeedbackFact.At("zhao-min", At(7, 30), Shanghai),
            FeedbackFact.At("sun-hui", At(6, 2), Shanghai),
        ];
        output.WriteLine();
        output.WriteLine("Overdue for feedback on 2026-08-15:");
        foreach (OverdueFeedback late in cadence.Overdue(new LocalDate(2026, 8, 15), KangtaiPharma.Reps, given))
        {
            output.WriteLine("- " + late);
        }

        // 5. The next cycle: Zhao Min's second quarter against her first, and whether last cycle's plan was done.
        plan = plan.ChangeStatus(plan.Actions.Count, ActionStatus.Done, "qian-hao", At(8, 28))
            .ChangeStatus(1, ActionStatus.Done, "zhao-min", At(9, 20));
        ScorecardResult zhaoQ2 = SecondQuarter(card, "zhao-min");
        output.WriteLine();
        output.Write(CycleComparison.Compare(zhaoQ1, zhaoQ2, plan).ToMarkdown());
    }

    /// <summary>One rep's second-quarter result: target and sales from the goal tree and ledger, the rest from the CRM.</summary>
    internal static ScorecardResult SecondQuarter(Scorecard card, PartyId rep)
    {
        GoalBindingResult filled = GoalBinding.For(card)
            .Link("sales", "sales", goal => goal.Target.Unit.Kind == MeasurementKind.Money)
            .Fill(KangtaiPharma.Targets(), KangtaiPharma.SalesThroughSeptember(), KangtaiPharma.SecondQuarter, KangtaiPharma.Reps);
        ActualsTable table = filled.Table;
        int row = table.Subjects.ToList().IndexOf(rep);
        table.Set(row, "csat", 3.9m);
        table.Set(row, "accounts", 3m);
        table.Set(row, "calls", 87m);
        table.Set(row, "dso", 62m);
        table.Set(row, "compliance", 1m);
        return card.Explain(table, row);
    }
}
