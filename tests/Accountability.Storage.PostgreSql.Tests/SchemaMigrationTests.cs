using Accountability.Storage.PostgreSql.Tests.Infrastructure;
using Accountability.Tests.Feedback;

namespace Accountability.Storage.PostgreSql.Tests;

/// <summary>Creating and migrating the schema: once, under a lock, and never over a schema this version does not know.</summary>
public sealed class SchemaMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task ASchemaWrittenByANewerVersion_IsRefused_AndLeftAsItWas()
    {
        string schema = database.NewSchema();
        await using (PostgreSqlAccountabilityStore store = await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema))
        {
            await store.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1")]);
        }

        await database.ScalarAsync($"INSERT INTO {schema}.schema_version (version, description) VALUES (99, 'from the future')");

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(PostgreSqlStorageProblemCodes.SchemaTooNew, problem.Code);
        Assert.Equal("schema", problem.Path);
        Assert.Equal(
            $"The schema '{schema}' is at version 99, written by a newer version of Accountability.Storage.PostgreSql; this one knows versions up to {StorageSchema.CurrentVersion}. Nothing was changed: upgrade the package to use this schema.",
            problem.Message);
        Assert.Equal(99, problem.AttemptedValue);
        Assert.Equal((long)StorageSchema.CurrentVersion + 1, await database.ScalarAsync($"SELECT count(*) FROM {schema}.schema_version"));
        Assert.Equal(1L, await database.ScalarAsync($"SELECT count(*) FROM {schema}.records"));

        // A store made without connecting finds out on first use, and says the same.
        await using PostgreSqlAccountabilityStore lazy = PostgreSqlAccountabilityStore.Create(database.ConnectionString, schema);
        var again = await Assert.ThrowsAsync<AccountabilityException>(async () => await lazy.ReadAsync(new RecordId("f1")));
        Assert.Equal(PostgreSqlStorageProblemCodes.SchemaTooNew, Assert.Single(again.Problems).Code);
    }

    [PostgresFact]
    public async Task ASchemaAtAnOlderVersion_IsMigrated_AndKeepsItsRecords()
    {
        string schema = database.NewSchema();
        await using (PostgreSqlAccountabilityStore store = await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema))
        {
            await store.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1")]);
        }

        // Back to version 1 (records only), as a database written by the first release would be.
        await database.ScalarAsync($"DROP TABLE {schema}.scored_results; DELETE FROM {schema}.schema_version WHERE version > 1;");

        await using PostgreSqlScoredResultStore results = await PostgreSqlScoredResultStore.OpenAsync(database.ConnectionString, schema);
        await using PostgreSqlAccountabilityStore reopened = await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema);

        Assert.Equal(StorageSchema.CurrentVersion, await database.ScalarAsync($"SELECT max(version) FROM {schema}.schema_version"));
        Assert.Empty(await results.ListKeysAsync(new PartyId("ana")));
        Assert.Equal("Great quarter.", Assert.IsType<Accountability.Feedback.FeedbackRecord>(await reopened.ReadAsync(new RecordId("f1"))).Text);
    }

    [PostgresFact]
    public async Task ASchemaWithTablesOfSomeoneElse_IsRefused_AndLeftAsItWas()
    {
        string schema = database.NewSchema();
        await database.ScalarAsync($"CREATE SCHEMA {schema}; CREATE TABLE {schema}.records (x int); INSERT INTO {schema}.records VALUES (7);");

        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(PostgreSqlStorageProblemCodes.SchemaNotOwned, problem.Code);
        Assert.Equal($"The schema '{schema}' holds 1 table(s) but no schema_version table: it was not made by this store. Nothing was changed: give the store a schema of its own.", problem.Message);
        Assert.Equal(7, await database.ScalarAsync($"SELECT x FROM {schema}.records"));
    }

    [PostgresFact]
    public async Task InstancesOpeningANewSchemaAtOnce_MigrateItExactlyOnce()
    {
        string schema = database.NewSchema();

        PostgreSqlAccountabilityStore[] stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
            database.Keep(await PostgreSqlAccountabilityStore.OpenAsync(database.ConnectionString, schema)))));

        Assert.Equal((long)StorageSchema.CurrentVersion, await database.ScalarAsync($"SELECT count(*) FROM {schema}.schema_version"));
        await stores[0].AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1")]);
        Assert.All(stores, s => Assert.NotNull(s.ReadAsync(new RecordId("f1")).AsTask().Result));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("1starts_with_digit")]
    [InlineData("has-dash")]
    [InlineData("semi;colon")]
    [InlineData("a_name_that_is_far_too_long_for_postgresql_which_allows_63_bytes")]
    public void Create_WithASchemaNameItDoesNotAccept_IsRefusedAtOnce(string schema)
    {
        var ex = Assert.Throws<ArgumentException>(() => PostgreSqlAccountabilityStore.Create("Host=127.0.0.1", schema));

        Assert.Equal("schema", ex.ParamName);
        Assert.StartsWith($"'{schema}' is not a schema name this store accepts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithABadConnectionString_IsRefusedAtOnce_AndWithAGoodOne_DoesNotConnect()
    {
        var ex = Assert.Throws<ArgumentException>(() => PostgreSqlAccountabilityStore.Create("Nonsense=yes"));
        Assert.StartsWith("The connection string is not valid for Npgsql:", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PostgreSqlAccountabilityStore.Create(null!));

        using PostgreSqlAccountabilityStore store = PostgreSqlAccountabilityStore.Create("Host=203.0.113.1;Port=1");
        Assert.Equal("accountability", store.Schema);
    }
}
