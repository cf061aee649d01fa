using Accountability.Criteria;
using Accountability.Feedback;
using Accountability.Scoring;
using Accountability.Serialization;
using NodaTime;

namespace Accountability.Tests.Feedback;

/// <summary>
/// The contract every <see cref="IScoredResultStore"/> keeps, written once: subclass it, return a new empty store from
/// <see cref="CreateStore"/>, and every test runs against that implementation (the in-memory store here; the SQLite and
/// PostgreSQL stores in their own test projects). Versions never overwrite each other, read back equal to what was
/// saved, keys listed by period, argument checks and concurrent savers. Self-contained: it builds its own scorecards.
/// </summary>
public abstract class ScoredResultStoreContract
{
    private static readonly Instant At = Instant.FromUtc(2026, 4, 1, 9, 0);

    /// <summary>A small scorecard: calls and visits, weighted 60/40.</summary>
    protected static readonly Scorecard Sales = Scorecard.CreateBuilder("sales", "Sales")
        .Add(new PerformanceCriterion("calls", "Calls", "count", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 60m)
        .Add(new PerformanceCriterion("visits", "Visits", "count", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 40m)
        .Build();

    /// <summary>Another scorecard, for keys that differ only by scorecard.</summary>
    protected static readonly Scorecard Service = Scorecard.CreateBuilder("service", "Service")
        .Add(new PerformanceCriterion("csat", "Satisfaction", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 100m)
        .Build();

    private static readonly DateInterval Q1 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
    private static readonly DateInterval Q2 = new(new LocalDate(2026, 4, 1), new LocalDate(2026, 6, 30));
    private static readonly DateInterval H1 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30));

    /// <summary>A new, empty store.</summary>
    protected abstract IScoredResultStore CreateStore();

    /// <summary>A result of <see cref="Sales"/> for <paramref name="subject"/>.</summary>
    protected static ScorecardResult SalesResult(string subject, decimal calls, decimal visits = 50m) =>
        Sales.Score(Actuals.For(new PartyId(subject)).Value("calls", calls).Value("visits", visits).Build());

    private static ScorecardResult ServiceResult(string subject, decimal csat) =>
        Service.Score(Actuals.For(new PartyId(subject)).Value("csat", csat).Build());

    private static ScoredResultKey Key(Scorecard card, string subject, DateInterval period) => new(card.Id, new PartyId(subject), period);

    [Fact]
    public async Task EmptyStore_ReadsNothing()
    {
        IScoredResultStore store = CreateStore();

        Assert.Null(await store.ReadLatestAsync(Key(Sales, "ana", Q1), [Sales]));
        Assert.Empty(await store.ReadVersionsAsync(Key(Sales, "ana", Q1), [Sales]));
        Assert.Empty(await store.ListKeysAsync(new PartyId("ana")));
    }

    [Fact]
    public async Task Save_NumbersVersionsFromOne_PerKey_AndNeverOverwrites()
    {
        IScoredResultStore store = CreateStore();
        ScoredResultKey key = Key(Sales, "ana", Q1);
        ScorecardResult first = SalesResult("ana", 70m);
        ScorecardResult rescored = SalesResult("ana", 90m);

        ScoredResultVersion v1 = await store.SaveAsync(key, first, At);
        ScoredResultVersion v2 = await store.SaveAsync(key, rescored, At + Duration.FromDays(3));
        ScoredResultVersion other = await store.SaveAsync(Key(Sales, "ana", Q2), first, At);

        Assert.Equal(1, v1.Version);
        Assert.Equal(2, v2.Version);
        Assert.Equal(1, other.Version);
        Assert.Same(rescored, v2.Result);
        Assert.Equal(key, v2.Key);
        IReadOnlyList<ScoredResultVersion> all = await store.ReadVersionsAsync(key, [Sales]);
        Assert.Equal([1L, 2L], all.Select(v => v.Version));
        Assert.Equal([At, At + Duration.FromDays(3)], all.Select(v => v.SavedAt));
        Assert.Equal(AccountabilityJson.Write(first), AccountabilityJson.Write(all[0].Result));
        Assert.Equal(AccountabilityJson.Write(rescored), AccountabilityJson.Write(all[1].Result));
        ScoredResultVersion latest = (await store.ReadLatestAsync(key, [Sales]))!;
        Assert.Equal(2, latest.Version);
        Assert.Equal(rescored.Score, latest.Result.Score);
        Assert.Equal(rescored.Explain(12), latest.Result.Explain(12));
    }

    [Fact]
    public async Task Keys_DifferingInAnyPart_AreKeptApart()
    {
        IScoredResultStore store = CreateStore();
        await store.SaveAsync(Key(Sales, "ana", Q1), SalesResult("ana", 10m), At);
        await store.SaveAsync(Key(Sales, "ana", H1), SalesResult("ana", 20m), At);
        await store.SaveAsync(Key(Sales, "ben", Q1), SalesResult("ben", 30m), At);
        await store.SaveAsync(Key(Service, "ana", Q1), ServiceResult("ana", 40m), At);

        Assert.Equal(10m, (await store.ReadLatestAsync(Key(Sales, "ana", Q1), [Sales]))!.Result.Criteria[0].Actual);
        Assert.Equal(20m, (await store.ReadLatestAsync(Key(Sales, "ana", H1), [Sales]))!.Result.Criteria[0].Actual);
        Assert.Equal(30m, (await store.ReadLatestAsync(Key(Sales, "ben", Q1), [Sales]))!.Result.Criteria[0].Actual);
        Assert.Equal(40m, (await store.ReadLatestAsync(Key(Service, "ana", Q1), [Service]))!.Result.Criteria[0].Actual);
        Assert.Null(await store.ReadLatestAsync(Key(Service, "ben", Q1), [Service]));
    }

    [Fact]
    public async Task ListKeys_GivesASubjectsKeysByPeriod_OnlyOverlappingOnesWhenAsked()
    {
        IScoredResultStore store = CreateStore();
        await store.SaveAsync(Key(Sales, "ana", Q2), SalesResult("ana", 1m), At);
        await store.SaveAsync(Key(Service, "ana", Q1), ServiceResult("ana", 1m), At);
        await store.SaveAsync(Key(Sales, "ana", H1), SalesResult("ana", 1m), At);
        await store.SaveAsync(Key(Sales, "ana", Q1), SalesResult("ana", 1m), At);
        await store.SaveAsync(Key(Sales, "ana", Q1), SalesResult("ana", 2m), At);
        await store.SaveAsync(Key(Sales, "ben", Q1), SalesResult("ben", 1m), At);

        Assert.Equal(
            [Key(Sales, "ana", Q1), Key(Service, "ana", Q1), Key(Sales, "ana", H1), Key(Sales, "ana", Q2)],
            await store.ListKeysAsync(new PartyId("ana")));
        Assert.Equal(
            [Key(Sales, "ana", H1), Key(Sales, "ana", Q2)],
            await store.ListKeysAsync(new PartyId("ana"), new DateInterval(new LocalDate(2026, 6, 30), new LocalDate(2026, 9, 30))));
        Assert.Equal(
            [Key(Sales, "ana", Q1), Key(Service, "ana", Q1), Key(Sales, "ana", H1)],
            await store.ListKeysAsync(new PartyId("ana"), new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 1))));
        Assert.Empty(await store.ListKeysAsync(new PartyId("ana"), new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 1))));
        Assert.Empty(await store.ListKeysAsync(new PartyId("cy")));
    }

    [Fact]
    public async Task Read_AgainstScorecardsThatDoNotFit_IsAClearError_AndTheStoredResultStays()
    {
        IScoredResultStore store = CreateStore();
        ScoredResultKey key = Key(Sales, "ana", Q1);
        await store.SaveAsync(key, SalesResult("ana", 70m), At);

        AccountabilityException ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await store.ReadLatestAsync(key, [Service]));
        Assert.NotEmpty(ex.Problems);
        await Assert.ThrowsAsync<AccountabilityException>(async () => await store.ReadVersionsAsync(key, []));
        Assert.Equal(70m, (await store.ReadLatestAsync(key, [Sales, Service]))!.Result.Criteria[0].Actual);
    }

    [Fact]
    public async Task BadArguments_AreRefusedAtOnce_AndNothingIsSaved()
    {
        IScoredResultStore store = CreateStore();
        ScoredResultKey key = Key(Sales, "ana", Q1);
        ScorecardResult result = SalesResult("ana", 70m);

        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.SaveAsync(null!, result, At));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.SaveAsync(key, null!, At));
        ArgumentException criterion = await Assert.ThrowsAsync<ArgumentException>(async () => await store.SaveAsync(key.ForCriterion(new CriterionId("calls")), result, At));
        Assert.Equal("key", criterion.ParamName);
        ArgumentException subject = await Assert.ThrowsAsync<ArgumentException>(async () => await store.SaveAsync(Key(Sales, "ben", Q1), result, At));
        Assert.StartsWith("The key 'sales/ben/2026-01-01..2026-03-31' is not for this result: the result scores 'ana' on 'sales'.", subject.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.SaveAsync(Key(Service, "ana", Q1), result, At));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.ReadLatestAsync(null!, [Sales]));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.ReadLatestAsync(key, null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await store.ReadVersionsAsync(key, [null!]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.ReadVersionsAsync(key.ForCriterion(new CriterionId("calls")), [Sales]));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.ListKeysAsync(default));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.SaveAsync(key, result, At, cancelled.Token));

        Assert.Empty(await store.ListKeysAsync(new PartyId("ana")));
        Assert.Empty(await store.ListKeysAsync(new PartyId("ben")));
    }

    [Fact]
    public async Task ConcurrentSavers_ToOneKey_GetDistinctVersions_WithoutGaps()
    {
        const int savers = 4;
        const int each = 10;
        IScoredResultStore store = CreateStore();
        ScoredResultKey key = Key(Sales, "ana", Q1);
        Task<long[]>[] tasks = [.. Enumerable.Range(0, savers).Select(s => Task.Run(async () =>
        {
            var versions = new long[each];
            for (int i = 0; i < each; i++)
            {
                versions[i] = (await store.SaveAsync(key, SalesResult("ana", (s * each) + i), At)).Version;
            }

            return versions;
        }))];
        long[][] returned = await Task.WhenAll(tasks);

        Assert.Equal(Enumerable.Range(1, savers * each).Select(v => (long)v), returned.SelectMany(v => v).Order());
        IReadOnlyList<ScoredResultVersion> all = await store.ReadVersionsAsync(key, [Sales]);
        Assert.Equal(Enumerable.Range(1, savers * each).Select(v => (long)v), all.Select(v => v.Version));
        for (int s = 0; s < savers; s++)
        {
            decimal[] mine = [.. all.Select(v => v.Result.Criteria[0].Actual!.Value).Where(n => n >= s * each && n < (s * each) + each)];
            Assert.Equal(Enumerable.Range(0, each).Select(i => (decimal)((s * each) + i)), mine);
        }
    }
}
