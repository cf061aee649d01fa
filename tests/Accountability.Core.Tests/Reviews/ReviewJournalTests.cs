using Accountability.Feedback;
using Accountability.Reviews;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Reviews;

public class ReviewJournalTests
{
    private static readonly LocalDate MadeOn = new(2026, 4, 1);
    private static readonly Instant T0 = Instant.FromUtc(2026, 4, 1, 9, 0);

    private static ImprovementPlan Plan() =>
        ImprovementPlan.Create("ana", MadeOn, "lee", T0)
            .AddAction("Two more visits a week", "ana", new LocalDate(2026, 6, 30), "lee", T0.Plus(Duration.FromMinutes(1)))
            .AddAction("Negotiation training", "ana", new LocalDate(2026, 5, 31), "lee", T0.Plus(Duration.FromMinutes(2)), ActionKind.Training);

    [Fact]
    public async Task SavingAPlan_KeepsEveryHistoryEntryInOrder_AndSavingAgainAddsNothing()
    {
        var store = new InMemoryAccountabilityStore();
        var journal = new ReviewJournal(store);
        ImprovementPlan plan = Plan();
        Assert.Equal(2, await journal.SavePlanAsync(plan));

        plan = plan.ChangeStatus(1, ActionStatus.InProgress, "ana", T0.Plus(Duration.FromDays(1)))
            .ChangeStatus(2, ActionStatus.Dropped, "lee", T0.Plus(Duration.FromDays(2)), "The course was cancelled.");
        Assert.Equal(4, await journal.SavePlanAsync(plan));
        Assert.Equal(4, await journal.SavePlanAsync(plan));

        IReadOnlyList<PlanActionRecord> kept = await journal.PlanHistoryAsync("ana", MadeOn);
        Assert.Equal([1, 2, 1, 2], kept.Select(r => r.Action));
        Assert.Equal([null, null, ActionStatus.Open, ActionStatus.Open], kept.Select(r => r.From));
        Assert.Equal([ActionStatus.Open, ActionStatus.Open, ActionStatus.InProgress, ActionStatus.Dropped], kept.Select(r => r.To));
        PlanActionRecord dropped = kept[3];
        Assert.Equal(("Negotiation training", "lee", "The course was cancelled.", ActionKind.Training), (dropped.Title, dropped.Author.Value, dropped.Reason, dropped.ActionKind));
        Assert.Equal("plan/ana/2026-04-01#4", dropped.Id.Value);
        Assert.Equal(4, dropped.Version);
        Assert.Equal("ana", dropped.Subject.Party!.Value.Value);
    }

    [Fact]
    public async Task AnOlderCopy_OrARivalChange_IsAConflict_AndTheStoreIsUnchanged()
    {
        var store = new InMemoryAccountabilityStore();
        var journal = new ReviewJournal(store);
        ImprovementPlan start = Plan();
        await journal.SavePlanAsync(start);
        ImprovementPlan mine = start.ChangeStatus(1, ActionStatus.Done, "ana", T0.Plus(Duration.FromDays(1)));
        ImprovementPlan theirs = start.ChangeStatus(1, ActionStatus.Dropped, "lee", T0.Plus(Duration.FromDays(1)), "No longer needed.");
        ImprovementPlan longer = theirs.ChangeStatus(2, ActionStatus.InProgress, "ana", T0.Plus(Duration.FromDays(2)));

        await journal.SavePlanAsync(theirs);

        // Mine changed the same start: refused, whether it is as long as theirs or longer.
        await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await journal.SavePlanAsync(mine));
        await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await journal.SavePlanAsync(mine.ChangeStatus(2, ActionStatus.Done, "ana", T0.Plus(Duration.FromDays(3)))));
        await journal.SavePlanAsync(longer);

        // An older copy of theirs would lose history: refused.
        await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await journal.SavePlanAsync(start));

        Assert.Equal([ActionStatus.Open, ActionStatus.Open, ActionStatus.Dropped, ActionStatus.InProgress], (await journal.PlanHistoryAsync("ana", MadeOn)).Select(r => r.To));
    }

    [Fact]
    public async Task SavingACycle_KeepsEveryMove_WithOverridesMarked_AndFeedbackViewsIgnoreThem()
    {
        var store = new InMemoryAccountabilityStore();
        var journal = new ReviewJournal(store);
        ReviewCycle cycle = ReviewCycle.Create("Q1", ReportingPeriod.Quarter(2026, 1), ["ana", "bo"], null, "lee", T0);
        for (int i = 0; i < 5; i++)
        {
            cycle = cycle.Advance("lee", T0.Plus(Duration.FromDays(i + 1)));
        }

        cycle = cycle.Close(new CycleReadiness(["bo"], []), "lee", T0.Plus(Duration.FromDays(9)), "Bo is on leave.");
        Assert.Equal(6, await journal.SaveCycleAsync("q1-2026", cycle));

        IReadOnlyList<CycleTransitionRecord> moves = await journal.CycleHistoryAsync("q1-2026");
        Assert.Equal(6, moves.Count);
        Assert.Equal((ReviewPhase.Acknowledgment, ReviewPhase.Closed, true, "Bo is on leave."), (moves[^1].From, moves[^1].To, moves[^1].IsOverride, moves[^1].Reason));
        Assert.All(moves.Take(5), m => Assert.False(m.IsOverride));

        FeedbackHistory feedback = FeedbackHistory.From(await store.ReadStreamAsync(ReviewJournal.StreamOf(new ReviewCycleId("q1-2026"))));
        Assert.Empty(feedback.Entries);
        Assert.True(RecordKinds.IsReserved(CycleTransitionRecord.RecordKind));
    }

    [Property(MaxTest = 100)]
    public Property SavedAfterEveryStep_TheStoreHoldsExactlyThePlansHistory()
    {
        Gen<(int Action, ActionStatus To)[]> steps = Gen.Choose(1, 2).Zip(Gen.Elements(ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Dropped), (a, s) => (a, s)).ArrayOf();
        return Prop.ForAll(steps.ToArbitrary(), sequence =>
        {
            var journal = new ReviewJournal(new InMemoryAccountabilityStore());
            ImprovementPlan plan = Plan();
            journal.SavePlanAsync(plan).AsTask().GetAwaiter().GetResult();
            Instant at = T0.Plus(Duration.FromHours(1));
            foreach ((int action, ActionStatus to) in sequence)
            {
                at = at.Plus(Duration.FromMinutes(1));
                try
                {
                    plan = plan.ChangeStatus(action, to, "lee", at, to == ActionStatus.Dropped ? "no longer needed" : null);
                }
                catch (AccountabilityException)
                {
                    continue; // a forbidden change: the plan is unchanged
                }

                journal.SavePlanAsync(plan).AsTask().GetAwaiter().GetResult();
            }

            IReadOnlyList<PlanActionRecord> kept = journal.PlanHistoryAsync("ana", MadeOn).AsTask().GetAwaiter().GetResult();
            return kept.Select(r => (r.Action, r.From, r.To, r.RecordedAt)).SequenceEqual(plan.History.Select(h => (h.Action, h.From, h.To, h.At)));
        });
    }
}
