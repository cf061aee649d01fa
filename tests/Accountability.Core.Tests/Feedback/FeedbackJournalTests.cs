using Accountability.Feedback;

namespace Accountability.Tests.Feedback;

public class FeedbackJournalTests
{
    [Fact]
    public async Task Give_StoresTheFeedback_WithTheClocksTime_InItsOwnStream()
    {
        var f = new FeedbackFixture();

        FeedbackRecord given = await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep of the quarter.", about: FeedbackTopic.CriterionResult(new ScoredResultKey("reps", "ana", FeedbackFixture.Q1, "sales")));

        Assert.Equal("rec-1", given.Id.Value);
        Assert.Equal("rec-1", given.Stream.Value);
        Assert.Equal(1, given.Version);
        Assert.Equal(FeedbackFixture.Start, given.RecordedAt);
        Assert.Equal(new PartyId("wu"), given.Author);
        Assert.Equal(RecordSubject.Of(new PartyId("ana")), given.Subject);
        Assert.Equal("party:ana", given.Subject.Key);
        Assert.Equal(RecordKinds.Recognition, given.Kind);
        Assert.Equal(FeedbackVisibility.SharedWithSubject, given.Visibility);
        Assert.Equal(FeedbackTopicKind.CriterionResult, given.About.Kind);
        Assert.Equal("criterion result reps/ana/2026-01-01..2026-03-31/sales", given.About.ToString());
        Assert.Equal("Top rep of the quarter.", Assert.IsType<FeedbackRecord>(await f.Store.ReadAsync(given.Id)).Text);
    }

    [Fact]
    public async Task Correct_KeepsTheOriginal_TheCurrentViewShowsTheCorrection_TheHistoryBoth()
    {
        var f = new FeedbackFixture();
        FeedbackRecord given = await f.Journal.GiveAsync("wu", new PartyId("bo"), FeedbackKind.Coaching, "Plan more visits in Q2.", FeedbackVisibility.AuthorAndManagers);

        FeedbackCorrection correction = await f.Journal.CorrectAsync(given.Id, "wu", "Plan two more visits a week in Q2.", "Be specific.", FeedbackVisibility.SharedWithSubject);

        Assert.Equal(given.Stream, correction.Stream);
        Assert.Equal(2, correction.Version);
        Assert.Equal(given.Id, correction.Amends);
        Assert.False(correction.IsRetraction);
        FeedbackHistory history = await f.Journal.HistoryOfAsync(new PartyId("bo"));
        Assert.Equal([given.Id, correction.Id], history.Records.Select(r => r.Id));
        FeedbackEntry entry = Assert.Single(history.Current);
        Assert.Equal("Plan two more visits a week in Q2.", entry.Text);
        Assert.Equal(FeedbackVisibility.SharedWithSubject, entry.Visibility);
        Assert.Equal("Plan more visits in Q2.", entry.Record.Text);
        Assert.Equal("coaching by wu to bo: Plan two more visits a week in Q2. (corrected)", entry.ToString());
    }

    [Fact]
    public async Task Retract_HidesItFromTheCurrentView_KeepsItInTheHistory_AndCannotBeUndoneOrCorrected()
    {
        var f = new FeedbackFixture();
        FeedbackRecord given = await f.Journal.GiveAsync("wu", new PartyId("bo"), FeedbackKind.Improvement, "Late reports.");
        FeedbackCorrection retraction = await f.Journal.RetractAsync(given.Id, "wu", "Wrong rep.");

        FeedbackHistory history = await f.Journal.HistoryOfAsync(new PartyId("bo"));
        Assert.Empty(history.Current);
        FeedbackEntry entry = Assert.Single(history.Entries);
        Assert.True(entry.IsRetracted);
        Assert.Equal([given.Id, retraction.Id], history.Records.Select(r => r.Id));

        var again = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.RetractAsync(given.Id, "wu", "Again."));
        Problem problem = Assert.Single(again.Problems);
        Assert.Equal(FeedbackProblemCodes.TransitionNotAllowed, problem.Code);
        Assert.Equal("feedback", problem.Path);
        Assert.Equal("The feedback 'rec-1' was retracted; it cannot be retracted again.", problem.Message);
        var correct = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.CorrectAsync(given.Id, "wu", "New text.", "Reason."));
        Assert.Equal("The feedback 'rec-1' was retracted; it cannot be corrected.", Assert.Single(correct.Problems).Message);
        var ack = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.AcknowledgeAsync(given.Id, "bo"));
        Assert.Equal("The feedback 'rec-1' was retracted; it cannot be acknowledged.", Assert.Single(ack.Problems).Message);
        Assert.Equal(2, f.Store.Count);
    }

    [Fact]
    public async Task Correct_BySomeoneOtherThanTheAuthor_IsRefused()
    {
        var f = new FeedbackFixture();
        FeedbackRecord given = await f.Journal.GiveAsync("wu", new PartyId("bo"), FeedbackKind.Improvement, "Late reports.");

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.CorrectAsync(given.Id, "eve", "Fine reports.", "I disagree."));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.NotTheAuthor, problem.Code);
        Assert.Equal("by", problem.Path);
        Assert.Equal("Only the author of the feedback ('wu') can correct it, not 'eve'.", problem.Message);
        Assert.Equal(1, f.Store.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Give_EmptyText_IsRefused_AndNothingIsStored(string text)
    {
        var f = new FeedbackFixture();

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, text));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.TextEmpty, problem.Code);
        Assert.Equal("text", problem.Path);
        Assert.Equal("The feedback text is empty; write at least one word.", problem.Message);
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public async Task Give_OversizedText_IsRefused_ButTheLimitItselfIsAccepted()
    {
        var f = new FeedbackFixture();

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, new string('x', FeedbackText.MaxLength + 1)));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.TextTooLong, problem.Code);
        Assert.Equal("The feedback text has 4001 characters; at most 4000 are allowed.", problem.Message);
        Assert.Equal(0, f.Store.Count);
        await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, new string('x', FeedbackText.MaxLength));
        Assert.Equal(1, f.Store.Count);
    }

    [Fact]
    public async Task Give_UnknownAuthorAndSubject_AreBothReported_AndNothingIsStored()
    {
        var f = new FeedbackFixture();

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.GiveAsync("nobody", new PartyId("ghost"), FeedbackKind.Recognition, ""));

        Assert.Equal(
            [
                ("author", FeedbackProblemCodes.UnknownAuthor, "The author 'nobody' is not in the party directory."),
                ("subject", FeedbackProblemCodes.UnknownSubject, "The subject 'ghost' is not in the party directory."),
                ("text", FeedbackProblemCodes.TextEmpty, "The feedback text is empty; write at least one word."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public async Task Give_WithoutADirectory_AcceptsAnyParty_AndUpwardFeedbackToATeam()
    {
        var f = new FeedbackFixture(directory: false);

        FeedbackRecord upward = await f.Journal.GiveAsync("bo", new PartyId("west-reps"), FeedbackKind.UpwardSuggestion, "Share the call plan earlier.", FeedbackVisibility.Team);
        FeedbackRecord custom = await f.Journal.GiveAsync("stranger", new WorkItemId("visits"), FeedbackKind.Named("peer-praise"), "Nice visit log.");

        Assert.Equal(RecordKinds.UpwardSuggestion, upward.Kind);
        Assert.Equal("peer-praise", custom.Kind);
        Assert.Equal("work-item:visits", custom.Subject.Key);
        Assert.False(custom.FeedbackKind.IsBuiltIn);
        Assert.Same(FeedbackKind.Coaching, FeedbackKind.Named("coaching"));
    }

    [Fact]
    public void Named_AReservedKind_IsRefused()
    {
        var ex = Assert.Throws<AccountabilityException>(() => FeedbackKind.Named(RecordKinds.Appeal));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.ReservedKind, problem.Code);
        Assert.Equal("'appeal' is the kind of another record; choose another name for the feedback kind.", problem.Message);
        Assert.Throws<ArgumentException>(() => FeedbackKind.Named(" padded"));
    }

    [Fact]
    public async Task Acknowledge_ByTheSubject_IsRecordedWithItsResponse_InTheFeedbacksStream()
    {
        var f = new FeedbackFixture();
        FeedbackRecord given = await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep.");

        Acknowledgment ack = await f.Journal.AcknowledgeAsync(given.Id, "ana", "Thank you!");

        Assert.Equal(given.Stream, ack.Stream);
        Assert.Equal(given.Id, ack.Feedback);
        Assert.Null(ack.Result);
        Assert.Equal("Thank you!", ack.Response);
        Assert.Equal(FeedbackFixture.Start + NodaTime.Duration.FromMinutes(1), ack.RecordedAt);
        FeedbackEntry entry = Assert.Single((await f.Journal.HistoryOfAsync(new PartyId("ana"))).Current);
        Assert.True(entry.IsAcknowledged);
    }

    [Fact]
    public async Task Acknowledge_BySomeoneElse_IsRefused_AndNothingIsStored()
    {
        var f = new FeedbackFixture();
        FeedbackRecord given = await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep.");

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.AcknowledgeAsync(given.Id, "bo", ""));

        Assert.Equal(
            [
                ("by", FeedbackProblemCodes.NotTheSubject, "Only the subject of the feedback ('ana') can acknowledge it, not 'bo'."),
                ("response", FeedbackProblemCodes.TextEmpty, "The response is empty; write at least one word."),
            ],
            ex.Problems.Select(p => (p.Path, p.Code, p.Message)));
        Assert.Equal(1, f.Store.Count);
    }

    [Fact]
    public async Task AcknowledgeResult_ByTheSubject_IsRecorded_BySomeoneElse_Refused()
    {
        var f = new FeedbackFixture();
        var result = new ScoredResultKey("reps", "ana", FeedbackFixture.Q1);

        Acknowledgment ack = await f.Journal.AcknowledgeResultAsync(result, "ana");
        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.AcknowledgeResultAsync(result, "wu"));

        Assert.Equal(result, ack.Result);
        Assert.Null(ack.Response);
        Assert.Equal("Only the subject of the result ('ana') can acknowledge it, not 'wu'.", Assert.Single(ex.Problems).Message);
        Assert.Equal(result, Assert.Single((await f.Journal.HistoryOfAsync(new PartyId("ana"))).ResultAcknowledgments).Result);
        Assert.Equal(1, f.Store.Count);
    }

    [Fact]
    public async Task AmendingARecordThatIsNotThereOrNotFeedback_IsRefused()
    {
        var f = new FeedbackFixture();
        Acknowledgment ack = await f.Journal.AcknowledgeResultAsync(new ScoredResultKey("reps", "ana", FeedbackFixture.Q1), "ana");

        var missing = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.CorrectAsync(new RecordId("nope"), "wu", "x", "y"));
        var wrong = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.Journal.RetractAsync(ack.Id, "ana", "y"));

        Problem notFound = Assert.Single(missing.Problems);
        Assert.Equal(FeedbackProblemCodes.RecordNotFound, notFound.Code);
        Assert.Equal("No feedback 'nope' is on record.", notFound.Message);
        Problem wrongKind = Assert.Single(wrong.Problems);
        Assert.Equal(FeedbackProblemCodes.WrongRecordKind, wrongKind.Code);
        Assert.Equal("The record 'rec-1' is acknowledgment, not feedback.", wrongKind.Message);
        Assert.Equal(1, f.Store.Count);
    }

    [Fact]
    public async Task Arguments_AreCheckedAtOnce()
    {
        var f = new FeedbackFixture();

        Assert.Throws<ArgumentNullException>(() => new FeedbackJournal(null!, f.Clock));
        Assert.Throws<ArgumentNullException>(() => new FeedbackJournal(f.Store, null!));
        await Assert.ThrowsAsync<ArgumentException>(async () => await f.Journal.GiveAsync(default, new PartyId("ana"), FeedbackKind.Recognition, "x"));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await f.Journal.GiveAsync("wu", null!, FeedbackKind.Recognition, "x"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await f.Journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "x", (FeedbackVisibility)9));
        Assert.Throws<ArgumentException>(() => FeedbackTopic.CriterionResult(new ScoredResultKey("reps", "ana", FeedbackFixture.Q1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordQuery { PageSize = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordQuery { PageSize = RecordQuery.MaxPageSize + 1 });
        Assert.Throws<ArgumentException>(() => new RecordQuery { Kinds = [] });
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public void RecordSubject_RoundTripsThroughItsKey_AndComparesByValue()
    {
        RecordSubject ana = new PartyId("ana");
        RecordSubject item = new WorkItemId("visits");

        Assert.Equal(ana, RecordSubject.FromKey(ana.Key));
        Assert.Equal(item, RecordSubject.FromKey("work-item:visits"));
        Assert.True(ana == RecordSubject.Of(new PartyId("ana")));
        Assert.True(ana != item);
        Assert.NotEqual(RecordSubject.Of(new PartyId("visits")), item);
        Assert.Throws<ArgumentException>(() => RecordSubject.FromKey("team:x"));
    }

    [Fact]
    public async Task History_ReadsEveryPage_OldestFirst_WhateverTheQuerysOrderAndPageSize()
    {
        var store = new InMemoryAccountabilityStore();
        const int n = RecordQuery.MaxPageSize + 5;
        await store.AppendAsync(new StreamId("many"), 0, [.. Enumerable.Range(0, n).Select(i => TestRecords.Feedback("f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        var journal = new FeedbackJournal(store, new NodaTime.Testing.FakeClock(FeedbackFixture.Start));

        FeedbackHistory history = await journal.HistoryAsync(new RecordQuery { Order = RecordOrder.Descending, PageSize = 3, Subject = RecordSubject.Of(new PartyId("ana")) });

        Assert.Equal(n, history.Records.Count);
        Assert.Equal("f0", history.Records[0].Id.Value);
        Assert.Equal(n, history.Current.Count);
    }
}
