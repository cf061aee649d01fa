using Accountability.Feedback;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Tests.Feedback;

public class AppealTests
{
    [Fact]
    public async Task File_RoutesTheAppealToWhoeverIsAccountableForThatWork_ForThatSubject()
    {
        var f = new FeedbackFixture();

        Appeal ana = await f.AppealSales("ana", FeedbackFixture.ActualsOf("ana", 90m, 120m));
        Appeal bo = await f.AppealSales("bo", FeedbackFixture.ActualsOf("bo", 50m, 100m));
        Appeal cy = await f.AppealSales("cy", FeedbackFixture.ActualsOf("cy", 70m, 100m));

        Assert.Equal([new PartyId("wu")], ana.RoutedTo);
        Assert.Equal([new PartyId("wu")], bo.RoutedTo);
        Assert.Equal([new PartyId("eve")], cy.RoutedTo);
        Assert.Equal(new ScoredResultKey("reps", "ana", FeedbackFixture.Q1, "sales"), ana.Result);
        Assert.Equal(90m, ana.Actual);
        Assert.Equal(75m, ana.Score);
        Assert.Equal(FeedbackFixture.Deadline, ana.Deadline);
        Assert.Equal(RecordKinds.Appeal, ana.Kind);
        Assert.Equal("Two orders were booked in April by mistake.", ana.Reason);
        FeedbackHistory appeals = await f.Journal.AppealsAsync();
        Assert.Equal([new PartyId("ana"), new PartyId("bo"), new PartyId("cy")], appeals.WhoHasOpenAppeals);
    }

    [Fact]
    public async Task File_BySomeoneOtherThanTheSubject_IsRefused_AndNothingIsStored()
    {
        var f = new FeedbackFixture();
        ScorecardResult result = FeedbackFixture.Card.Score(FeedbackFixture.ActualsOf("ana", 90m, 120m));

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.FileAppealAsync(result, FeedbackFixture.Q1, "sales", "wu", "On her behalf.", FeedbackFixture.Deadline, f.Snapshot));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.NotTheSubject, problem.Code);
        Assert.Equal("by", problem.Path);
        Assert.Equal("Only the subject of the result ('ana') can appeal it, not 'wu'.", problem.Message);
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public async Task File_OnAClosedPeriod_IsRefused()
    {
        var f = new FeedbackFixture(ClosedPeriods.Of(FeedbackFixture.Q1));

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.AppealSales("ana", FeedbackFixture.ActualsOf("ana", 90m, 120m)));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.PeriodClosed, problem.Code);
        Assert.Equal("period", problem.Path);
        Assert.Equal("The period 2026-01-01..2026-03-31 of 'reps' is closed; its results can no longer be appealed.", problem.Message);
        Assert.Equal(0, f.Store.Count);
        Assert.False(ClosedPeriods.None.IsClosed("reps", FeedbackFixture.Q1));
    }

    [Fact]
    public async Task File_OnACriterionWithoutWorkOrNotInTheResult_CannotBeRouted()
    {
        var f = new FeedbackFixture();
        ScorecardResult result = FeedbackFixture.Card.Score(FeedbackFixture.ActualsOf("ana", 90m, 120m));

        var noWork = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.FileAppealAsync(result, FeedbackFixture.Q1, "csat", "ana", "Survey too small.", FeedbackFixture.Deadline, f.Snapshot));
        var notMine = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.FileAppealAsync(result, FeedbackFixture.Q1, "visits", "ana", "Not my visits.", FeedbackFixture.Deadline, f.Snapshot));
        var unknown = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.FileAppealAsync(result, FeedbackFixture.Q1, "margin", "ana", "?", FeedbackFixture.Deadline, f.Snapshot));

        Problem p1 = Assert.Single(noWork.Problems);
        Assert.Equal(FeedbackProblemCodes.NotRoutable, p1.Code);
        Assert.StartsWith("No one is on record as accountable for the work of 'csat' for 'ana', so the appeal cannot be routed.", p1.Message, StringComparison.Ordinal);
        Assert.Equal(FeedbackProblemCodes.NotRoutable, Assert.Single(notMine.Problems).Code);
        Problem p3 = Assert.Single(unknown.Problems);
        Assert.Equal(FeedbackProblemCodes.CriterionNotInResult, p3.Code);
        Assert.Equal("The result of 'reps' for 'ana' has no criterion 'margin'.", p3.Message);
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public async Task Uphold_CorrectsTheActual_AndRecordsTheNewResultBesideTheOld()
    {
        var f = new FeedbackFixture();
        Actuals actuals = FeedbackFixture.ActualsOf("ana", 90m, 120m);
        Appeal appeal = await f.AppealSales("ana", actuals);

        AppealRescoring upheld = await f.Journal.UpholdAppealAsync(appeal.Id, "wu", "The April orders belong to March.", FeedbackFixture.Card, actuals, AppealCorrection.Actual(120m));

        Assert.Equal(82.5m, upheld.Previous.Score);
        Assert.Equal(95m, upheld.Corrected.Score);
        Assert.Equal(120m, upheld.Corrected["sales"].Actual);
        Assert.Equal(90m, actuals.Entries[new CriterionId("sales")].Value);
        AppealDecision decision = upheld.Decision;
        Assert.Equal(AppealOutcome.Upheld, decision.Outcome);
        Assert.Equal(appeal.Id, decision.Appeal);
        Assert.Equal(appeal.Stream, decision.Stream);
        Assert.Equal(2, decision.Version);
        Assert.Equal(new PartyId("wu"), decision.Author);
        Assert.Equal("actual = 120", decision.Correction!.ToString());
        Assert.Equal(82.5m, decision.PreviousScore);
        Assert.Equal(95m, decision.NewScore);
        Assert.Equal(75m, decision.PreviousCriterionScore);
        Assert.Equal(100m, decision.NewCriterionScore);
        Assert.Equal(upheld.Corrected.Score, FeedbackFixture.Card.Score(FeedbackFixture.ActualsOf("ana", 120m, 120m)).Score);

        FeedbackHistory appeals = await f.Journal.AppealsAsync();
        AppealCase decided = Assert.Single(appeals.Appeals);
        Assert.False(decided.IsOpen);
        Assert.Equal(appeal.Score, decided.Appeal.Score);
        Assert.Empty(appeals.OpenAppeals);
        Assert.Equal([appeal.Id, decision.Id], (await f.Store.ReadStreamAsync(appeal.Stream)).Select(r => r.Id));
    }

    [Fact]
    public async Task Uphold_CorrectsTheSubjectsOwnTarget()
    {
        var f = new FeedbackFixture();
        Actuals actuals = FeedbackFixture.ActualsOf("ana", 90m, 120m);
        Appeal appeal = await f.AppealSales("ana", actuals, "My target was raised after the territory shrank.");

        AppealRescoring upheld = await f.Journal.UpholdAppealAsync(appeal.Id, "wu", "The target should have been 90.", FeedbackFixture.Card, actuals, AppealCorrection.Reference("target", 90m));

        Assert.Equal(100m, upheld.Corrected["sales"].Score);
        Assert.Equal(FeedbackFixture.Card.Score(FeedbackFixture.ActualsOf("ana", 90m, 90m)).Score, upheld.Corrected.Score);
        ReferenceValue target = Assert.Single(upheld.CorrectedActuals.References);
        Assert.Equal(90m, target.Value);
        Assert.Equal("appeal rec-1", target.Source!.Text);
        Assert.Equal("target = 90", upheld.Decision.Correction!.ToString());
    }

    [Fact]
    public async Task Uphold_BadDecisions_AreRefused_AndNothingIsStored()
    {
        var f = new FeedbackFixture();
        Actuals actuals = FeedbackFixture.ActualsOf("ana", 90m, 120m);
        Appeal appeal = await f.AppealSales("ana", actuals);

        var notRouted = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.UpholdAppealAsync(appeal.Id, "eve", "Fine.", FeedbackFixture.Card, actuals, AppealCorrection.Actual(120m)));
        var noChange = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.UpholdAppealAsync(appeal.Id, "wu", "Fine.", FeedbackFixture.Card, actuals, AppealCorrection.Actual(90m)));
        var notPerSubject = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.UpholdAppealAsync(appeal.Id, "wu", "Fine.", FeedbackFixture.Card, actuals, AppealCorrection.Reference("cap", 90m)));
        var otherSubject = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.UpholdAppealAsync(appeal.Id, "wu", "Fine.", FeedbackFixture.Card, FeedbackFixture.ActualsOf("bo", 90m, 120m), AppealCorrection.Actual(120m)));

        Problem p1 = Assert.Single(notRouted.Problems);
        Assert.Equal(FeedbackProblemCodes.NotRoutedTo, p1.Code);
        Assert.Equal("The appeal 'rec-1' is for 'wu' to decide, not 'eve'.", p1.Message);
        Problem p2 = Assert.Single(noChange.Problems);
        Assert.Equal(FeedbackProblemCodes.CorrectionInvalid, p2.Code);
        Assert.Equal("correction.actual", p2.Path);
        Assert.Equal("The actual of 'sales' is already 90; the correction changes nothing.", p2.Message);
        Problem p3 = Assert.Single(notPerSubject.Problems);
        Assert.Equal("correction.cap", p3.Path);
        Assert.Equal("The scorecard 'reps' does not take 'cap' of 'sales' per subject, so an appeal cannot correct it.", p3.Message);
        Assert.Equal("The appeal is 'ana''s; the actuals given are 'bo''s.", Assert.Single(otherSubject.Problems).Message);
        Assert.Equal(1, f.Store.Count);
        Assert.Single((await f.Journal.AppealsAsync()).OpenAppeals);
    }

    [Fact]
    public async Task Reject_RecordsTheReason_AndADecidedAppealCannotBeDecidedAgain()
    {
        var f = new FeedbackFixture();
        Actuals actuals = FeedbackFixture.ActualsOf("cy", 70m, 100m);
        Appeal appeal = await f.AppealSales("cy", actuals, "The East target is unfair.");

        AppealDecision rejected = await f.Journal.RejectAppealAsync(appeal.Id, "eve", "The target was agreed in January.");
        var again = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.UpholdAppealAsync(appeal.Id, "eve", "Changed my mind.", FeedbackFixture.Card, actuals, AppealCorrection.Actual(100m)));
        var empty = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.RejectAppealAsync(appeal.Id, "eve", " "));

        Assert.Equal(AppealOutcome.Rejected, rejected.Outcome);
        Assert.Equal("The target was agreed in January.", rejected.Reason);
        Assert.Null(rejected.Correction);
        Assert.Null(rejected.NewScore);
        Problem problem = Assert.Single(again.Problems);
        Assert.Equal(FeedbackProblemCodes.TransitionNotAllowed, problem.Code);
        Assert.Equal("The appeal 'rec-1' was already rejected; it cannot be decided again.", problem.Message);
        Assert.Equal(
            [FeedbackProblemCodes.TransitionNotAllowed, FeedbackProblemCodes.TextEmpty],
            empty.Problems.Select(p => p.Code));
        Assert.Equal(2, f.Store.Count);
        Assert.Equal("Appeal rec-1 by cy on reps/cy/2026-01-01..2026-03-31/sales: rejected", Assert.Single((await f.Journal.AppealsAsync()).Appeals).ToString());
    }

    [Fact]
    public async Task Deadlines_WhoHasOpenAppeals_AndWhichArePastTheirDeadlineOnADate()
    {
        var f = new FeedbackFixture();
        Appeal ana = await f.AppealSales("ana", FeedbackFixture.ActualsOf("ana", 90m, 120m));
        Appeal cy = await f.Journal.FileAppealAsync(FeedbackFixture.Card.Score(FeedbackFixture.ActualsOf("cy", 70m, 100m)), FeedbackFixture.Q1, "sales", "cy", "Unfair.", new LocalDate(2026, 5, 15), f.Snapshot);
        await f.Journal.RejectAppealAsync(ana.Id, "wu", "No.");

        FeedbackHistory appeals = await f.Journal.AppealsAsync();

        Assert.Equal([new PartyId("cy")], appeals.WhoHasOpenAppeals);
        Assert.Empty(appeals.AppealsPastDeadline(new LocalDate(2026, 5, 15)));
        AppealCase late = Assert.Single(appeals.AppealsPastDeadline(new LocalDate(2026, 5, 16)));
        Assert.Equal(cy.Id, late.Appeal.Id);
        Assert.Equal("Appeal rec-2 by cy on reps/cy/2026-01-01..2026-03-31/sales: open until 2026-05-15", late.ToString());
    }

    [Fact]
    public async Task Deciding_AnAppealThatIsNotThere_IsRefused()
    {
        var f = new FeedbackFixture();
        FeedbackRecord feedback = await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep.");

        var missing = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.RejectAppealAsync(new RecordId("nope"), "wu", "No."));
        var wrong = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.RejectAppealAsync(feedback.Id, "wu", "No."));

        Assert.Equal("No appeal 'nope' is on record.", Assert.Single(missing.Problems).Message);
        Assert.Equal("The record 'rec-1' is recognition, not appeal.", Assert.Single(wrong.Problems).Message);
    }

    [Fact]
    public async Task TwoDecidersAtOnce_TheSecondGetsAConflict_AndOnlyOneDecisionIsStored()
    {
        var f = new FeedbackFixture();
        Appeal appeal = await f.AppealSales("ana", FeedbackFixture.ActualsOf("ana", 90m, 120m));
        var racing = new RacingStore(f.Store);
        var journal = new FeedbackJournal(racing, f.Clock);
        racing.BeforeNextAppend = () => f.Journal.RejectAppealAsync(appeal.Id, "wu", "First.").AsTask().GetAwaiter().GetResult();

        await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await journal.RejectAppealAsync(appeal.Id, "wu", "Second."));

        AppealDecision decision = Assert.IsType<AppealDecision>((await f.Store.ReadStreamAsync(appeal.Stream))[^1]);
        Assert.Equal("First.", decision.Reason);
        Assert.Equal(2, f.Store.Count);
    }

    /// <summary>A store that lets another writer in just before its next append.</summary>
    private sealed class RacingStore(IAccountabilityStore inner) : IAccountabilityStore
    {
        public Action? BeforeNextAppend { get; set; }

        public ValueTask<IReadOnlyList<AccountabilityRecord>> AppendAsync(StreamId stream, long expectedVersion, IReadOnlyList<AccountabilityRecord> records, CancellationToken cancellationToken = default)
        {
            Action? before = BeforeNextAppend;
            BeforeNextAppend = null;
            before?.Invoke();
            return inner.AppendAsync(stream, expectedVersion, records, cancellationToken);
        }

        public ValueTask<AccountabilityRecord?> ReadAsync(RecordId id, CancellationToken cancellationToken = default) => inner.ReadAsync(id, cancellationToken);

        public ValueTask<IReadOnlyList<AccountabilityRecord>> ReadStreamAsync(StreamId stream, CancellationToken cancellationToken = default) => inner.ReadStreamAsync(stream, cancellationToken);

        public ValueTask<RecordPage> QueryAsync(RecordQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);
    }
}
