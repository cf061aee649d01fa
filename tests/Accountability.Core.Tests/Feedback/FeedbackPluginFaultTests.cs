using Accountability.Feedback;
using NodaTime;
using NodaTime.Testing;

namespace Accountability.Tests.Feedback;

/// <summary>An integrator's directory, closed-period list or identifier source that misbehaves is reported as its fault, and nothing is stored.</summary>
public class FeedbackPluginFaultTests
{
    private static readonly FakeClock Clock = new(FeedbackFixture.Start);

    private sealed class ThrowingDirectory(Exception ex) : IPartyDirectory
    {
        public bool Contains(PartyId party) => throw ex;
    }

    private sealed class ThrowingPeriods(Exception ex) : IClosedPeriods
    {
        public bool IsClosed(ScorecardId scorecard, DateInterval period) => throw ex;
    }

    public static TheoryData<Exception, string> Faults => new()
    {
        { new InvalidOperationException("directory offline"), "InvalidOperationException: directory offline" },
        { new AccountabilityException("no problems"), "it threw an AccountabilityException of its own: no problems" },
        { new AccountabilityException([new Problem("x", "own-code", "Its own problem.", ProblemSeverity.Warning)]), "it threw an AccountabilityException of its own with 1 problem(s): warning x: Its own problem. [own-code]" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task ADirectoryThatThrows_IsReportedAsItsFault(Exception thrown, string described)
    {
        var store = new InMemoryAccountabilityStore();
        var journal = new FeedbackJournal(store, Clock, new FeedbackJournalOptions { Parties = new ThrowingDirectory(thrown) });

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep."));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.PluginFault, problem.Code);
        Assert.Equal("author", problem.Path);
        Assert.Equal($"The party directory 'ThrowingDirectory' failed while looking up 'wu': {described}", problem.Message);
        Assert.Same(thrown, ex.InnerException);
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task AClosedPeriodListThatThrows_IsReportedAsItsFault()
    {
        var f = new FeedbackFixture(new ThrowingPeriods(new TimeoutException("slow")));

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await f.AppealSales("ana", FeedbackFixture.ActualsOf("ana", 90m, 120m)));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(FeedbackProblemCodes.PluginFault, problem.Code);
        Assert.Equal("The closed-period list 'ThrowingPeriods' failed while telling whether 2026-01-01..2026-03-31 of 'reps' is closed: TimeoutException: slow", problem.Message);
        Assert.Equal(0, f.Store.Count);
    }

    [Fact]
    public async Task AnIdentifierSourceThatThrowsOrGivesDefault_IsReportedAsItsFault()
    {
        var store = new InMemoryAccountabilityStore();
        var throwing = new FeedbackJournal(store, Clock, new FeedbackJournalOptions { NewRecordId = () => throw new FormatException("bad") });
        var defaulting = new FeedbackJournal(store, Clock, new FeedbackJournalOptions { NewRecordId = () => default });

        var thrown = await Assert.ThrowsAsync<AccountabilityException>(async () => await throwing.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep."));
        var broken = await Assert.ThrowsAsync<AccountabilityException>(async () => await defaulting.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep."));

        Assert.Equal("The record identifier source 'NewRecordId' failed while making a record identifier: FormatException: bad", Assert.Single(thrown.Problems).Message);
        Assert.Equal("The record identifier source 'NewRecordId' failed while making a record identifier: it returned a default identifier.", Assert.Single(broken.Problems).Message);
        Assert.All(thrown.Problems.Concat(broken.Problems), p => Assert.Equal(FeedbackProblemCodes.PluginFault, p.Code));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public async Task AnIdentifierSourceThatRepeats_IsRefusedByTheStore_AsAConflictOnTheStreamNamedByIt()
    {
        var store = new InMemoryAccountabilityStore();
        var journal = new FeedbackJournal(store, Clock, new FeedbackJournalOptions { NewRecordId = () => new RecordId("same") });
        await journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep.");

        var ex = await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await journal.GiveAsync("wu", new PartyId("bo"), FeedbackKind.Recognition, "Good rep."));

        Assert.Equal(FeedbackProblemCodes.VersionConflict, Assert.Single(ex.Problems).Code);
        Assert.Equal(1, store.Count);
    }
}
