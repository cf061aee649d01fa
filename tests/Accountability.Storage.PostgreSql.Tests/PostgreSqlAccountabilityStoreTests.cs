using Accountability.Feedback;
using Accountability.Storage.PostgreSql.Tests.Infrastructure;
using Accountability.Tests.Feedback;
using Npgsql;
using NodaTime;

namespace Accountability.Storage.PostgreSql.Tests;

/// <summary>The PostgreSQL store runs the store contract unchanged, plus what is particular to it.</summary>
public sealed class PostgreSqlAccountabilityStoreTests(PostgresDatabase database) : AccountabilityStoreContract, IClassFixture<PostgresDatabase>
{
    protected override IAccountabilityStore CreateStore() => database.NewStore();

    [PostgresFact]
    public async Task Reopen_KeepsEveryRecord_AndMigratesNothingTwice()
    {
        string schema = database.NewSchema();
        await using (PostgreSqlAccountabilityStore first = await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema))
        {
            await first.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1"), TestRecords.Acknowledgment("a1", "f1")]);
        }

        await using PostgreSqlAccountabilityStore second = await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema);

        Assert.Equal(["f1", "a1"], (await second.ReadStreamAsync(new StreamId("f1"))).Select(r => r.Id.Value));
        Assert.Equal((long)StorageSchema.CurrentVersion, await database.ScalarAsync($"SELECT count(*) FROM {schema}.schema_version"));
        Assert.Equal(schema, second.Schema);
    }

    [PostgresFact]
    public async Task Query_TimeBounds_AreExactToTheNanosecond_ThoughPostgreSqlKeepsMicroseconds()
    {
        IAccountabilityStore store = database.NewStore();
        Instant at = TestRecords.Start + Duration.FromNanoseconds(1_500);
        Instant[] times = [at - Duration.FromNanoseconds(1), at, at + Duration.FromNanoseconds(1), at + Duration.FromNanoseconds(999), at - Duration.FromNanoseconds(500), at + Duration.FromNanoseconds(500)];
        for (int i = 0; i < times.Length; i++)
        {
            await store.AppendAsync(new StreamId("t" + i), 0, [TestRecords.Feedback("t" + i, at: times[i])]);
        }

        Instant[] bounds = [at, at + Duration.FromNanoseconds(1), at - Duration.FromNanoseconds(1), at + Duration.FromNanoseconds(500), at - Duration.FromNanoseconds(500)];
        List<AccountabilityRecord> all = [.. (await store.QueryAsync(new RecordQuery())).Records];
        foreach (Instant from in bounds)
        {
            foreach (Instant until in bounds)
            {
                var query = new RecordQuery { From = from, Until = until };
                Assert.Equal(all.Where(query.Matches).Select(r => r.Id), (await store.QueryAsync(query)).Records.Select(r => r.Id));
            }

            var fromOnly = new RecordQuery { From = from };
            Assert.Equal(all.Where(fromOnly.Matches).Select(r => r.Id), (await store.QueryAsync(fromOnly)).Records.Select(r => r.Id));
        }

        Assert.Equal(times, all.Select(r => r.RecordedAt));
    }

    [PostgresFact]
    public async Task Query_BoundsBeyondWhatPostgreSqlHolds_AreNoBound()
    {
        IAccountabilityStore store = database.NewStore();
        await store.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1")]);

        Assert.Single((await store.QueryAsync(new RecordQuery { From = Instant.MinValue, Until = Instant.MaxValue })).Records);
        Assert.Empty((await store.QueryAsync(new RecordQuery { Until = Instant.MinValue })).Records);
    }

    [PostgresFact]
    public async Task Append_ARecordOlderThanPostgreSqlHolds_IsRefusedWithItsIdentifier()
    {
        IAccountabilityStore store = database.NewStore();

        var ex = await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(new StreamId("old"), 0, [TestRecords.Feedback("old", at: Instant.FromUtc(-5000, 1, 1, 0, 0))]));

        Assert.StartsWith("The record 'old' was recorded at", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await store.ReadStreamAsync(new StreamId("old")));
    }

    [PostgresFact]
    public async Task ADocumentChangedByHand_IsAClearErrorNamingWhere_NotAWrongRecord()
    {
        PostgreSqlAccountabilityStore store = database.NewStore();
        await store.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1")]);
        await database.ScalarAsync($"UPDATE {store.Schema}.records SET document = '{{\"kind\":\"record\"}}' WHERE id = 'f1'");

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await store.ReadAsync(new RecordId("f1")));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(PostgreSqlStorageProblemCodes.DocumentUnreadable, problem.Code);
        Assert.StartsWith("The record at position 1 (stream 'f1', version 1) could not be read back: ", problem.Message, StringComparison.Ordinal);
        Assert.IsType<AccountabilityException>(ex.InnerException);
    }

    [PostgresFact]
    public async Task TheDatabaseItself_RefusesTwoRecordsAtOneStreamVersion()
    {
        PostgreSqlAccountabilityStore store = database.NewStore();
        await store.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1")]);

        // A writer that bypasses the store's own version check still cannot place a second record at version 1.
        var ex = await Assert.ThrowsAsync<PostgresException>(() => database.ScalarAsync(
            $"INSERT INTO {store.Schema}.records (id, stream, version, recorded_at, recorded_at_ns, author, subject, kind, document) "
            + "VALUES ('other', 'f1', 1, now(), 0, 'wu', 'party:ana', 'recognition', '{}')"));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, ex.SqlState);
        Assert.Equal("records_stream_version_key", ex.ConstraintName);
    }

    [PostgresFact]
    public async Task TwoStoresOnTwoConnectionPools_AppendingAtTheSameVersion_OneWins_TheOtherGetsTheConflict()
    {
        string schema = database.NewSchema();
        PostgreSqlAccountabilityStore a = database.Keep(await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema));
        PostgreSqlAccountabilityStore b = database.Keep(await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema));
        await a.AppendAsync(new StreamId("s"), 0, [TestRecords.Feedback("f0")]);

        long seenByA = (await a.ReadStreamAsync(new StreamId("s"))).Count;
        long seenByB = (await b.ReadStreamAsync(new StreamId("s"))).Count;
        await a.AppendAsync(new StreamId("s"), seenByA, [TestRecords.Feedback("fa")]);
        var conflict = await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await b.AppendAsync(new StreamId("s"), seenByB, [TestRecords.Feedback("fb")]));

        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal(["f0", "fa"], (await b.ReadStreamAsync(new StreamId("s"))).Select(r => r.Id.Value));
    }
}
