using Accountability.Reviews;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Accountability.Tests.Reviews.ReviewFixtures;

namespace Accountability.Tests.Reviews;

public class FeedbackCadenceTests
{
    private static readonly FeedbackCadence Every30 = new(30, new LocalDate(2026, 1, 1));

    [Fact]
    public void Overdue_NamesWhoAndSinceWhen_NeverReceivedCountedFromTheStart()
    {
        PartyId cy = "cy";
        FeedbackFact[] feedback =
        [
            new(Ana, new LocalDate(2026, 2, 1)),
            new(Ana, new LocalDate(2026, 3, 10)),
            new(Ben, new LocalDate(2026, 2, 1)),
            new(Ben, new LocalDate(2026, 4, 20)), // after the date asked about: not counted
            new("zoe", new LocalDate(2026, 1, 2)), // not a participant: ignored
        ];

        IReadOnlyList<OverdueFeedback> overdue = Every30.Overdue(new LocalDate(2026, 4, 1), [Ana, Ben, cy], feedback);

        Assert.Equal([Ben, cy], overdue.Select(o => o.Subject));
        Assert.Equal("ben overdue since 2026-03-04 (29 days; last feedback 2026-02-01)", overdue[0].ToString());
        Assert.Equal(new LocalDate(2026, 3, 3), overdue[0].DueBy);
        Assert.True(overdue[1].NeverReceived);
        Assert.Equal("cy overdue since 2026-02-01 (60 days; never received feedback)", overdue[1].ToString());
    }

    [Fact]
    public void Overdue_OnTheDueDate_IsNotYetOverdue()
    {
        FeedbackFact[] feedback = [new(Ana, new LocalDate(2026, 3, 1))];
        Assert.Empty(Every30.Overdue(new LocalDate(2026, 3, 31), [Ana], feedback));
        Assert.Equal(1, Assert.Single(Every30.Overdue(new LocalDate(2026, 4, 1), [Ana], feedback)).DaysOverdue);
    }

    [Fact]
    public void Overdue_BeforeTheStart_NobodyIsOverdue() =>
        Assert.Empty(Every30.Overdue(new LocalDate(2025, 6, 1), [Ana, Ben], []));

    [Fact]
    public void Overdue_BadInput_IsReportedTogether()
    {
        var error = Assert.Throws<AccountabilityException>(() => Every30.Overdue(new LocalDate(2026, 4, 1), [Ana, default, Ana], [new(Ana, April1), default]));
        Assert.Equal(
            [
                ("participants[1]", ReviewProblemCodes.PartyMissing, "The participant must be named (the party identifier is empty)."),
                ("participants[2]", ReviewProblemCodes.ParticipantDuplicate, "Participant ana is named more than once."),
                ("feedback[1]", ReviewProblemCodes.PartyMissing, "The subject of the feedback must be named (the party identifier is empty)."),
            ],
            error.Problems.Select(p => (p.Path, p.Code, p.Message)));
    }

    [Fact]
    public void Constructor_IntervalBelowOneDay_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedbackCadence(0, April1));

    [Fact]
    public void FeedbackFact_At_TakesTheDateInTheZone()
    {
        DateTimeZone tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
        FeedbackFact fact = FeedbackFact.At(Ana, Instant.FromUtc(2026, 3, 31, 20, 0), tokyo);
        Assert.Equal(new LocalDate(2026, 4, 1), fact.On);
        Assert.Equal("ana received feedback on 2026-04-01", fact.ToString());
    }

    public sealed record CadenceCase(int Every, int Participants, (int Who, int Day)[] Facts, int On)
    {
        public override string ToString() => $"every {Every}, {Participants} people, on day {On}, facts [{string.Join(", ", Facts)}]";
    }

    public static class Arbitraries
    {
        public static Arbitrary<CadenceCase> Cases() =>
            (from every in Gen.Choose(1, 40)
             from people in Gen.Choose(1, 12)
             from n in Gen.Choose(0, 40)
             from facts in (from who in Gen.Choose(0, 14) from day in Gen.Choose(-20, 120) select (who, day)).ArrayOf(n)
             from asked in Gen.Choose(-10, 130)
             select new CadenceCase(every, people, facts, asked)).ToArbitrary();
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Arbitraries) })]
    public Property Overdue_AgreesWithTheDefinition(CadenceCase c)
    {
        var start = new LocalDate(2026, 1, 1);
        var cadence = new FeedbackCadence(c.Every, start);
        PartyId[] people = [.. Enumerable.Range(0, c.Participants).Select(i => new PartyId("p" + i))];
        FeedbackFact[] facts = [.. c.Facts.Select(f => new FeedbackFact("p" + f.Who, start.PlusDays(f.Day)))];
        LocalDate on = start.PlusDays(c.On);

        var expected = new List<(PartyId, LocalDate)>();
        foreach (PartyId person in people)
        {
            LocalDate[] received = [.. facts.Where(f => f.Subject == person && f.On <= on).Select(f => f.On)];
            LocalDate from = received.Length == 0 ? start : received.Max();
            if (from.PlusDays(c.Every) < on)
            {
                expected.Add((person, from.PlusDays(c.Every + 1)));
            }
        }

        var actual = cadence.Overdue(on, people, facts).Select(o => (o.Subject, o.OverdueSince)).ToList();
        return actual.SequenceEqual(expected).Label(c.ToString());
    }
}
