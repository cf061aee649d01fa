using System.Globalization;
using Accountability;
using Accountability.Feedback;
using Accountability.Goals;
using Accountability.Reports;
using Accountability.Responsibility;
using Accountability.Reviews;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Samples;

/// <summary>
/// What happens after the score: feedback both ways (recognition, coaching, an upward suggestion that changes the call
/// plan), acknowledgments, an appeal upheld and one rejected, the first quarter's review cycle run through its phases,
/// a plan from Zhao Min's weak result, who is overdue for feedback, and the second quarter against the first.
/// </summary>
internal static class AfterTheScoreDemo
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static Instant At(int month, int day, int hour = 10) => new LocalDateTime(2026, month, day, hour, 0).InZoneLeniently(Shanghai).ToInstant();

    /// <summary>
    /// Tells the chapter, keeping its records and results in <paramref name="store"/>, and returns what it recorded (the
    /// report command reads it, telling nothing); null when the store already held the story and it was only retold.
    /// </summary>
    public static async Task<StoryRecords?> RunAsync(TextWriter output, StoryStore store)
    {
        Scorecard card = ScoringDemo.RepScorecard(out _);
        ActualsTable q1 = ScoringDemo.FirstQuarter(card, out _);
        int Row(PartyId rep) => q1.Subjects.ToList().IndexOf(rep);
        ScorecardResult zhaoQ1 = card.Explain(q1, Row("zhao-min"));
        ResponsibilityMatrix matrix = KangtaiPharma.FromApril(KangtaiPharma.SalesProcess());
        ResponsibilitySnapshot raci = matrix.AsOf(KangtaiPharma.FirstQuarter.End);

        // 0. Feedback is evidence: every record is appended to a store (in memory, or a SQLite file with --db; SQLite or
        //    PostgreSQL in an application), stamped by the application's clock, never edited in place. A file that
        //    already holds the story from an earlier run is read, not appended to again.
        if (await store.AlreadyToldAsync())
        {
            await store.RetellAsync(output, card);
            return null;
        }

        var clock = new StoryClock(At(7, 28));
        var journal = new FeedbackJournal(store.Records, clock, new FeedbackJournalOptions
        {
            Parties = PartyDirectory.Of(matrix.Parties),
        });
        output.WriteLine("== After the score: feedback both ways ==");
        output.WriteLine();

        // Recognition for the quarter's top rep; coaching for Zhao Min on her weakest criterion.
        await journal.GiveAsync("zhang-wei", new PartyId("chen-jie"), FeedbackKind.Recognition, "Top rep of the quarter: 124 % of target, and the Shanghai key-account order won together with Liu Yang.", FeedbackVisibility.Team);
        clock.Now = At(7, 30);
        var zhaoKey = new ScoredResultKey(card.Id, "zhao-min", KangtaiPharma.FirstQuarter);
        await journal.GiveAsync("qian-hao", new PartyId("zhao-min"), FeedbackKind.Coaching, "Days sales outstanding is your weakest criterion (71 days): let us call the three slowest payers together every Friday.", about: FeedbackTopic.CriterionResult(zhaoKey.ForCriterion("dso")));

        // An upward suggestion from the field goes to whoever is accountable for the call plan, and is adopted.
        clock.Now = At(7, 29);
        SuggestionCase idea = await journal.SuggestAsync("liu-yang", "call-on-hospitals", "Plan calls by each hospital's potential instead of visiting every hospital every month.", raci);
        clock.Now = At(8, 4);
        await journal.ConsiderSuggestionAsync(idea.Suggestion.Id, "zhang-wei", "Discussed with both regional managers.");
        clock.Now = At(8, 6);
        await journal.AdoptSuggestionAsync(idea.Suggestion.Id, "zhang-wei", "From the second quarter the call plan ranks hospitals by potential; reps visit the top third twice a month.");

        // Each rep acknowledges their result; Zhou Tao, on leave, does not yet.
        foreach (PartyId rep in KangtaiPharma.Reps.Where(r => r != "zhou-tao"))
        {
            clock.Now = At(8, 4);
            await journal.AcknowledgeResultAsync(new ScoredResultKey(card.Id, rep, KangtaiPharma.FirstQuarter), rep, rep == "zhao-min" ? "I disagree with my sales target; see my appeal." : null);
        }

        // Two appeals, each routed to whoever is accountable for that work for that rep: Liu Yang's calls (seven calls
        // logged offline were missing) are upheld with the corrected actual, scored again beside the original; Zhao
        // Min's sales target is rejected with the reason.
        clock.Now = At(8, 4, 15);
        ScorecardResult liuQ1 = card.Explain(q1, Row("liu-yang"));
        Appeal calls = await journal.FileAppealAsync(liuQ1, KangtaiPharma.FirstQuarter, "calls", "liu-yang", "Seven calls I logged offline in May are missing: my compliance was 95 %, not 88 %.", new LocalDate(2026, 8, 14), raci);
        Appeal target = await journal.FileAppealAsync(zhaoQ1, KangtaiPharma.FirstQuarter, "sales", "zhao-min", "Two key hospitals moved to the East last year; my target still counts them.", new LocalDate(2026, 8, 14), raci);
        clock.Now = At(8, 7);
        AppealRescoring upheld = await journal.UpholdAppealAsync(calls.Id, "li-na", "The offline log confirms the seven calls.", card, ScoringDemo.ActualsOf(card, q1, Row("liu-yang")), AppealCorrection.Actual(95m));
        clock.Now = At(8, 10);
        await journal.RejectAppealAsync(target.Id, "qian-hao", "The hospitals moved before the targets were set; the West target was decomposed without them and acknowledged in April.");

        output.WriteLine($"Appeal by liu-yang on calls, routed to {string.Join(", ", calls.RoutedTo)}: upheld, {Rounding.Format(upheld.Previous.Score!.Value)} -> {Rounding.Format(upheld.Corrected.Score!.Value)} ({upheld.Corrected.Band!.Name}); the original result is kept beside the corrected one.");
        output.WriteLine($"Appeal by zhao-min on sales, routed to {string.Join(", ", target.RoutedTo)}: rejected.");

        // The scored results are kept too, by subject and period; the upheld appeal's rescoring is a new version beside
        // the original, which stays.
        var liuKey = new ScoredResultKey(card.Id, "liu-yang", KangtaiPharma.FirstQuarter);
        await store.Results.SaveAsync(liuKey, upheld.Previous, At(8, 4, 15));
        await store.Results.SaveAsync(liuKey, upheld.Corrected, At(8, 7));
        await store.Results.SaveAsync(zhaoKey, zhaoQ1, At(7, 30));
        FeedbackHistory all = await journal.HistoryAsync();
        foreach (SuggestionCase adopted in all.AdoptedSuggestions)
        {
            output.WriteLine($"Feedback that changed the strategy: {adopted}");
        }

        output.WriteLine();
        output.WriteLine("Zhao Min's feedback, current view:");
        foreach (FeedbackEntry entry in (await journal.HistoryOfAsync(new PartyId("zhao-min"))).Current)
        {
            output.WriteLine("- " + entry);
        }

        output.WriteLine();

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
        output.WriteLine("== The first quarter's review ==");
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

        // 3. Who has not acknowledged, and whose appeal is open, come from the feedback records: Zhou Tao has not
        //    acknowledged, so the cycle will not close without an override, which is recorded.
        all = await journal.HistoryAsync();
        var acknowledged = all.ResultAcknowledgments.Select(a => a.Author).ToHashSet();
        var readiness = new CycleReadiness(unacknowledged: KangtaiPharma.Reps.Where(r => !acknowledged.Contains(r)), withOpenAppeals: all.WhoHasOpenAppeals);
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

        // 4. Feedback at least every 30 days: who is overdue on 15 August, and since when, from the records given.
        var cadence = new FeedbackCadence(everyDays: 30, countFrom: KangtaiPharma.FiscalYearStart);
        FeedbackFact[] given = [.. all.Current
            .Where(e => e.Record.Subject.Party is not null)
            .Select(e => FeedbackFact.At(e.Record.Subject.Party!.Value, e.Record.RecordedAt, Shanghai))];
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
        await store.Results.SaveAsync(new ScoredResultKey(card.Id, "zhao-min", KangtaiPharma.SecondQuarter), zhaoQ2, At(10, 1));
        // The plan's and the cycle's histories are kept in the same store as the feedback, entry by entry.
        var reviews = new ReviewJournal(journal.Store);
        await reviews.SavePlanAsync(plan);
        await reviews.SaveCycleAsync("fy2026-q1", cycle);
        output.WriteLine();
        output.WriteLine($"Kept in the store: {(await reviews.PlanHistoryAsync("zhao-min", plan.MadeOn)).Count} entries of Zhao Min's plan, {(await reviews.CycleHistoryAsync("fy2026-q1")).Count} moves of the Q1 review (the close recorded as an override).");

        CycleComparison sinceQ1 = CycleComparison.Compare(zhaoQ1, zhaoQ2, plan);
        output.WriteLine();
        output.Write(sinceQ1.ToMarkdown());

        // 6. The accountability report for Zhao Min and the second quarter's cycle: every stage of the loop about her.
        ReviewCycle q2Cycle = ReviewCycle.Create("FY2026 Q2 review", KangtaiPharma.SecondQuarter, KangtaiPharma.Reps, null, "zhang-wei", At(10, 1));
        AccountabilityReport report = AccountabilityReport.Create("zhao-min", q2Cycle, asOf: new LocalDate(2026, 10, 5))
            .WithGoals(KangtaiPharma.Targets(), KangtaiPharma.SalesThroughSeptember())
            .WithResult(zhaoQ2)
            .WithResponsibilities(matrix)
            .WithFeedback(await journal.HistoryAsync())
            .WithPlan(plan)
            .WithComparison(sinceQ1)
            .Build();
        output.WriteLine();
        output.Write(report.ToMarkdown());
        if (store.Path is not null)
        {
            output.WriteLine();
            output.WriteLine($"Kept in {store.Path}: {(await journal.HistoryAsync()).Current.Count} current feedback entries and {(await store.Results.ListKeysAsync("liu-yang")).Count + (await store.Results.ListKeysAsync("zhao-min")).Count} scored results; run again with the same --db to read them back.");
        }
        return new StoryRecords(card, q1, matrix, cycle, q2Cycle, await journal.HistoryAsync(), plan);
    }

    /// <summary>One rep's second-quarter result: target and sales from the goal tree and ledger, the rest from the CRM.</summary>
    internal static ScorecardResult SecondQuarter(Scorecard card, PartyId rep)
    {
        ActualsTable table = ScoringDemo.FromGoals(card, KangtaiPharma.SalesThroughSeptember(), KangtaiPharma.SecondQuarter).Table;
        int row = table.Subjects.ToList().IndexOf(rep);
        table.Set(row, "csat", 3.9m);
        table.Set(row, "accounts", 3m);
        table.Set(row, "calls", 87m);
        table.Set(row, "dso", 62m);
        table.Set(row, "compliance", 1m);
        return card.Explain(table, row);
    }
}
