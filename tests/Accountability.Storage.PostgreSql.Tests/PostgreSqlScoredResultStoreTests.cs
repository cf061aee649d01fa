using Accountability.Feedback;
using Accountability.Scoring;
using Accountability.Storage.PostgreSql.Tests.Infrastructure;
using Accountability.Tests.Feedback;
using NodaTime;

namespace Accountability.Storage.PostgreSql.Tests;

/// <summary>The PostgreSQL scored result store runs the scored result store contract unchanged, plus what is particular to it.</summary>
public sealed class PostgreSqlScoredResultStoreTests(PostgresDatabase database) : ScoredResultStoreContract, IClassFixture<PostgresDatabase>
{
    private static readonly DateInterval Q1 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));

    protected override IScoredResultStore CreateStore() => database.NewScoredResultStore();

    [PostgresFact]
    public async Task SavedAt_ReadsBackToTheNanosecond_AndVersionsSurviveReopening()
    {
        string schema = database.NewSchema();
        var key = new ScoredResultKey(Sales.Id, new PartyId("ana"), Q1);
        Instant at = Instant.FromUtc(2026, 4, 1, 9, 0) + Duration.FromNanoseconds(123_456_789);
        await using (PostgreSqlScoredResultStore first = await PostgreSqlScoredResultStore.OpenAsync(database.ConnectionString, schema))
        {
            await first.SaveAsync(key, SalesResult("ana", 70m), at);
        }

        await using PostgreSqlScoredResultStore second = await PostgreSqlScoredResultStore.OpenAsync(database.ConnectionString, schema);
        ScoredResultVersion v2 = await second.SaveAsync(key, SalesResult("ana", 80m), at + Duration.FromNanoseconds(1));

        Assert.Equal(2, v2.Version);
        Assert.Equal([at, at + Duration.FromNanoseconds(1)], (await second.ReadVersionsAsync(key, [Sales])).Select(v => v.SavedAt));
    }

    [PostgresFact]
    public async Task RecordsAndScoredResults_ShareOneSchema_AndItsMigrations()
    {
        string schema = database.NewSchema();
        PostgreSqlAccountabilityStore records = database.Keep(await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema));
        PostgreSqlScoredResultStore results = database.Keep(await PostgreSqlScoredResultStore.OpenAsync(database.ConnectionString, schema));

        await records.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1")]);
        await results.SaveAsync(new ScoredResultKey(Sales.Id, new PartyId("ana"), Q1), SalesResult("ana", 70m), Instant.FromUtc(2026, 4, 1, 9, 0));

        Assert.Equal((long)StorageSchema.CurrentVersion, await database.ScalarAsync($"SELECT count(*) FROM {schema}.schema_version"));
        Assert.Equal(1L, await database.ScalarAsync($"SELECT count(*) FROM {schema}.scored_results"));
    }

    [PostgresFact]
    public async Task ListKeys_WithAnIntervalReachingBeforeWhatPostgreSqlHolds_StillFindsOverlaps()
    {
        IScoredResultStore store = database.NewScoredResultStore();
        ScorecardResult result = SalesResult("ana", 70m);
        await store.SaveAsync(new ScoredResultKey(Sales.Id, new PartyId("ana"), Q1), result, Instant.FromUtc(2026, 4, 1, 9, 0));

        Assert.Single(await store.ListKeysAsync(new PartyId("ana"), new DateInterval(new LocalDate(-9000, 1, 1), new LocalDate(2026, 1, 1))));
        Assert.Empty(await store.ListKeysAsync(new PartyId("ana"), new DateInterval(new LocalDate(-9000, 1, 1), new LocalDate(-9000, 1, 2))));
    }
}
