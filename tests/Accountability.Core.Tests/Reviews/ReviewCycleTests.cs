using Accountability.Reviews;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

public class ReviewCycleTests
{
    private static ReviewCycle AtAcknowledgment()
    {
        ReviewCycle cycle = Cycle();
        for (int i = 1; i <= 5; i++)
        {
            cycle = cycle.Advance(Lee, At(i));
        }

        Assert.Equal(ReviewPhase.Acknowledgment, cycle.Phase);
        return cycle;
    }

    [Fact]
    public void Create_StartsInGoalSetting_WithDeadlines()
    {
        ReviewCycle cycle = Cycle();
        Assert.Equal(ReviewPhase.GoalSetting, cycle.Phase);
        Assert.Empty(cycle.Transitions);
        Assert.Equal([Ana, Ben], cycle.Participants);
        Assert.Equal(new LocalDate(2026, 4, 15), cycle.DeadlineOf(ReviewPhase.Calibration));
        Assert.Null(cycle.DeadlineOf(ReviewPhase.Closed));
        Assert.Equal("2026 Q1 review (2026-01-01/2026-03-31, 2 participants): goal setting", cycle.ToString());
    }

    [Fact]
    public void Advance_GoesForwardOnePhase_AndRecordsTheMove()
    {
        ReviewCycle start = Cycle();
        ReviewCycle next = start.Advance(Lee, At(1), "goals accepted");
        Assert.Equal(ReviewPhase.GoalSetting, start.Phase);
        Assert.Equal(ReviewPhase.SelfAssessment, next.Phase);
        PhaseTransition move = Assert.Single(next.Transitions);
        Assert.Equal("goal setting → self-assessment by lee at 2026-04-01T10:00:00Z: goals accepted", move.ToString());
        Assert.False(move.IsBack);
    }

    [Fact]
    public void MoveTo_SkippingAPhase_IsRefused_WithTheStateUnchanged()
    {
        ReviewCycle cycle = Cycle();
        var error = Assert.Throws<AccountabilityException>(() => cycle.MoveTo(ReviewPhase.Calibration, Lee, At(1)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.CycleTransitionForbidden, problem.Code);
        Assert.Equal("to", problem.Path);
        Assert.Equal("The cycle cannot move from goal setting to calibration: it moves forward one phase at a time (next: self-assessment), or back to an earlier phase with a reason.", problem.Message);
        Assert.Equal(ReviewPhase.GoalSetting, cycle.Phase);
    }

    [Fact]
    public void MoveTo_Back_NeedsAReason()
    {
        ReviewCycle calibration = Cycle().Advance(Lee, At(1)).Advance(Lee, At(2)).Advance(Lee, At(3));
        var error = Assert.Throws<AccountabilityException>(() => calibration.MoveTo(ReviewPhase.ManagerAssessment, Lee, At(4)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.CycleBackWithoutReason, problem.Code);
        Assert.Equal("Going back from calibration to manager assessment needs a reason.", problem.Message);

        ReviewCycle back = calibration.MoveTo(ReviewPhase.ManagerAssessment, Lee, At(4), "two raters re-score north");
        Assert.Equal(ReviewPhase.ManagerAssessment, back.Phase);
        Assert.True(back.Transitions[^1].IsBack);
        Assert.Equal("two raters re-score north", back.Transitions[^1].Reason);
    }

    [Fact]
    public void MoveTo_BeforeTheLastMove_IsRefused()
    {
        ReviewCycle cycle = Cycle().Advance(Lee, At(2));
        var error = Assert.Throws<AccountabilityException>(() => cycle.Advance(Lee, At(1)));
        Assert.Equal(ReviewProblemCodes.ChangeBeforePrevious, Assert.Single(error.Problems).Code);
    }

    [Fact]
    public void Close_WhenReady_Closes_AndClosedIsFinal()
    {
        ReviewCycle closed = AtAcknowledgment().Close(CycleReadiness.Ready, Lee, At(6));
        Assert.True(closed.IsClosed);
        Assert.False(closed.Transitions[^1].IsOverride);
        Assert.Same(CycleReadiness.Ready, closed.Transitions[^1].Readiness);

        var error = Assert.Throws<AccountabilityException>(() => closed.MoveTo(ReviewPhase.Acknowledgment, Lee, At(7), "reopen"));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.CycleTransitionForbidden, problem.Code);
        Assert.Equal("The cycle is closed and cannot move to acknowledgment; closed is final.", problem.Message);
        Problem again = Assert.Single(Assert.Throws<AccountabilityException>(() => closed.Advance(Lee, At(7))).Problems);
        Assert.Equal(ReviewProblemCodes.CycleTransitionForbidden, again.Code);
        Assert.Equal("The cycle is already closed; closed is final.", again.Message);
        Assert.Equal("The cycle is already in calibration.", Assert.Single(Assert.Throws<AccountabilityException>(
            () => Cycle().Advance(Lee, At(1)).Advance(Lee, At(2)).Advance(Lee, At(3)).MoveTo(ReviewPhase.Calibration, Lee, At(4), "again")).Problems).Message);
    }

    [Fact]
    public void Close_WithUnacknowledgedResultsOrOpenAppeals_IsRefused_WithoutAnOverride()
    {
        ReviewCycle cycle = AtAcknowledgment();
        var readiness = new CycleReadiness([Ben, Ana, Ben], [Ben]);
        var error = Assert.Throws<AccountabilityException>(() => cycle.Close(readiness, Lee, At(6)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.CycleNotReady, problem.Code);
        Assert.Equal("readiness", problem.Path);
        Assert.Equal("The cycle cannot close while 2 results are unacknowledged (ana, ben) and 1 participant has an appeal open (ben), unless the closing records an override with a reason.", problem.Message);
        Assert.Equal(ReviewPhase.Acknowledgment, cycle.Phase);
    }

    [Fact]
    public void Close_WithAnOverrideReason_RecordsTheOverride_AndWhatWasOutstanding()
    {
        var readiness = new CycleReadiness([Ben], []);
        ReviewCycle closed = AtAcknowledgment().Close(readiness, Lee, At(6), "ben on leave until June");
        PhaseTransition last = closed.Transitions[^1];
        Assert.True(last.IsOverride);
        Assert.Equal([Ben], last.Readiness!.Unacknowledged);
        Assert.Equal("acknowledgment → closed by lee at 2026-04-01T15:00:00Z (override; 1 unacknowledged (ben)): ben on leave until June", last.ToString());
    }

    [Fact]
    public void Close_ReadinessNamingAStranger_IsRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => AtAcknowledgment().Close(new CycleReadiness([], ["zoe"]), Lee, At(6), "override"));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.ReadinessUnknownParticipant, problem.Code);
        Assert.Equal("zoe is not a participant of cycle '2026 Q1 review'.", problem.Message);
    }

    [Fact]
    public void Advance_FromAcknowledgment_NeedsTheReadinessFacts()
    {
        var error = Assert.Throws<AccountabilityException>(() => AtAcknowledgment().Advance(Lee, At(6)));
        Problem problem = Assert.Single(error.Problems);
        Assert.Equal(ReviewProblemCodes.CycleNotReady, problem.Code);
        Assert.Equal("Closing a cycle needs its readiness facts: who has not acknowledged their result and who has an appeal open.", problem.Message);
    }

    [Fact]
    public void Overdue_ListsUnfinishedPhasesPastTheirDeadline()
    {
        ReviewCycle selfAssessment = Cycle().Advance(Lee, At(1));
        Assert.Empty(selfAssessment.Overdue(new LocalDate(2026, 4, 5)));
        IReadOnlyList<OverduePhase> overdue = selfAssessment.Overdue(new LocalDate(2026, 4, 12));
        Assert.Equal([ReviewPhase.SelfAssessment, ReviewPhase.ManagerAssessment], overdue.Select(o => o.Phase));
        Assert.Equal("self-assessment overdue since 2026-04-06 (7 days)", overdue[0].ToString());
        Assert.Equal(2, overdue[1].DaysOverdue);

        IReadOnlyList<OverduePhase> late = AtAcknowledgment().Overdue(new LocalDate(2026, 5, 1), new CycleReadiness([Ben], [Ana]));
        Assert.Equal("acknowledgment overdue since 2026-05-01 (1 day), waiting for ana, ben", Assert.Single(late).ToString());
        Assert.Empty(AtAcknowledgment().Close(CycleReadiness.Ready, Lee, At(6)).Overdue(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void Create_BadInput_IsReportedTogether()
    {
        var deadlines = new Dictionary<ReviewPhase, LocalDate>
        {
            [ReviewPhase.SelfAssessment] = new LocalDate(2026, 4, 10),
            [ReviewPhase.Calibration] = new LocalDate(2026, 4, 5),
            [ReviewPhase.Closed] = new LocalDate(2026, 5, 1),
        };
        var error = Assert.Throws<AccountabilityException>(() => ReviewCycle.Create(" ", Q1, [Ana, Ana, default], deadlines, Lee, T0));
        Assert.Equal(
            [
                ("name", ReviewProblemCodes.CycleNameEmpty),
                ("participants[1]", ReviewProblemCodes.ParticipantDuplicate),
                ("participants[2]", ReviewProblemCodes.PartyMissing),
                ("deadlines[closed]", ReviewProblemCodes.DeadlineOnClosed),
                ("deadlines[calibration]", ReviewProblemCodes.DeadlineOutOfOrder),
            ],
            error.Problems.Select(p => (p.Path, p.Code)));
        Assert.Equal("The deadline of calibration (2026-04-05) is before the deadline of self-assessment (2026-04-10), which comes first.", error.Problems[4].Message);
        Assert.Equal("Participant ana is named more than once.", error.Problems[1].Message);
    }

    [Fact]
    public void Create_NoParticipants_OrNameTooLong_IsRefused()
    {
        var error = Assert.Throws<AccountabilityException>(() => ReviewCycle.Create(new string('n', 201), Q1, [], null, Lee, T0));
        Assert.Equal(
            [
                ("name", ReviewProblemCodes.CycleNameTooLong, "A review cycle's name can be at most 200 characters; this one has 201."),
                ("participants", ReviewProblemCodes.CycleNoParticipants, "A review cycle needs at least one participant."),
            ],
            error.Problems.Select(p => (p.Path, p.Code, p.Message)));
    }

    [Fact]
    public void IsAllowed_ForwardOneOrBack_NeverFromClosed()
    {
        Assert.True(ReviewCycle.IsAllowed(ReviewPhase.Calibration, ReviewPhase.FeedbackConversation));
        Assert.True(ReviewCycle.IsAllowed(ReviewPhase.Acknowledgment, ReviewPhase.Closed));
        Assert.True(ReviewCycle.IsAllowed(ReviewPhase.Acknowledgment, ReviewPhase.GoalSetting));
        Assert.False(ReviewCycle.IsAllowed(ReviewPhase.GoalSetting, ReviewPhase.GoalSetting));
        Assert.False(ReviewCycle.IsAllowed(ReviewPhase.GoalSetting, ReviewPhase.Calibration));
        Assert.False(ReviewCycle.IsAllowed(ReviewPhase.Closed, ReviewPhase.Acknowledgment));
        Assert.False(ReviewCycle.IsAllowed(ReviewPhase.Closed, (ReviewPhase)7));
    }

    [Fact]
    public void CycleReadiness_ToString_NamesWhatIsOutstanding()
    {
        Assert.Equal("ready", CycleReadiness.Ready.ToString());
        Assert.Equal("2 unacknowledged (ana, ben), 1 with open appeals (ben)", new CycleReadiness([Ben, Ana], [Ben, Ben]).ToString());
        Assert.Equal("1 with open appeals (ana)", new CycleReadiness([], [Ana]).ToString());
    }

    [Fact]
    public void CycleReadiness_RejectsDefaultParties() =>
        Assert.Throws<ArgumentException>(() => new CycleReadiness([default], []));
}
