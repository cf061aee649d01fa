using Accountability.Reviews;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

/// <summary>Large inputs go through in one pass (no timing asserted: performance is measured by the benchmarks).</summary>
public class ReviewsScaleTests
{
    [Fact]
    public void Cadence_100000Participants_And300000Facts()
    {
        var start = new LocalDate(2026, 1, 1);
        PartyId[] people = [.. Enumerable.Range(0, 100_000).Select(i => new PartyId("rep-" + i))];
        FeedbackFact[] facts = [.. Enumerable.Range(0, 300_000).Select(i => new FeedbackFact(people[i % 100_000], start.PlusDays(i % 97)))];

        IReadOnlyList<OverdueFeedback> overdue = new FeedbackCadence(30, start).Overdue(new LocalDate(2026, 4, 1), people, facts);

        // Rep i's feedback days are i % 97, (i + 100000) % 97 and (i + 200000) % 97; day 90 is 2026-04-01, so days after 90
        // do not count, and a rep is overdue when their last counted day (0, the start, when none) is below 60.
        int expected = Enumerable.Range(0, 100_000).Count(i => new[] { 0, i % 97, (i + 100_000) % 97, (i + 200_000) % 97 }.Where(d => d <= 90).Max() < 60);
        Assert.Equal(expected, overdue.Count);
    }

    [Fact]
    public void Plan_10000Actions_EachChangedTwice()
    {
        ImprovementPlan plan = ImprovementPlan.Create(Ana, April1, Lee, T0);
        for (int i = 0; i < 10_000; i++)
        {
            plan = plan.AddAction("action " + i, Ana, April1.PlusDays(i % 60), Lee, T0);
        }

        for (int i = 1; i <= 10_000; i++)
        {
            plan = plan.ChangeStatus(i, ActionStatus.InProgress, Ana, T0).ChangeStatus(i, ActionStatus.Done, Ana, T0);
        }

        Assert.Equal(30_000, plan.History.Count);
        Assert.Equal(10_000, plan.Count(ActionStatus.Done));
        Assert.Empty(plan.Overdue(new LocalDate(2030, 1, 1)));
    }

    [Fact]
    public void Cycle_20000MovesBackAndForth_KeepsEveryMove()
    {
        ReviewCycle cycle = Cycle();
        for (int i = 0; i < 10_000; i++)
        {
            cycle = cycle.Advance(Lee, T0).MoveTo(ReviewPhase.GoalSetting, Lee, T0, "again");
        }

        Assert.Equal(20_000, cycle.Transitions.Count);
        Assert.Equal(ReviewPhase.GoalSetting, cycle.Phase);
    }
}
