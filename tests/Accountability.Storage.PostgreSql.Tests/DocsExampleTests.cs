using Accountability.DependencyInjection;
using Accountability.Feedback;
using Accountability.Storage.PostgreSql.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Accountability.Storage.PostgreSql.Tests;

/// <summary>The examples of docs/storage.md's PostgreSQL section, line for line, run against the server.</summary>
public sealed class DocsExampleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task WithoutDI_TheStoresOpenInTheDefaultSchema_AndAJournalWritesThroughThem()
    {
        string connectionString = database.ConnectionString;
        IClock clock = new FakeClock(Instant.FromUtc(2026, 4, 1, 9, 0));

        await using var records = await PostgreSqlAccountabilityStore.OpenAsync(connectionString);
        await using var results = await PostgreSqlScoredResultStore.OpenAsync(connectionString);
        var journal = new FeedbackJournal(records, clock);

        FeedbackRecord given = await journal.GiveAsync(new PartyId("wu"), RecordSubject.Of(new PartyId("ana")), FeedbackKind.Coaching, "Plan two more visits a week.");
        Assert.Equal("accountability", records.Schema);
        Assert.Equal("accountability", results.Schema);
        Assert.Equal(given.Id, (await records.ReadAsync(given.Id))!.Id);
        Assert.Empty(await results.ListKeysAsync(new PartyId("ana")));
    }

    [PostgresFact]
    public async Task WithDI_TheJournalWritesToTheNamedSchema()
    {
        string connectionString = database.ConnectionString;
        var services = new ServiceCollection();

        services.AddAccountability(b => b.AddFeedback().AddPostgreSqlStore(connectionString, schema: "hr"));

        await using ServiceProvider provider = services.BuildServiceProvider();
        FeedbackJournal journal = provider.GetRequiredService<FeedbackJournal>();
        FeedbackRecord given = await journal.GiveAsync(new PartyId("wu"), RecordSubject.Of(new PartyId("ana")), FeedbackKind.Coaching, "Plan two more visits a week.");
        Assert.Equal(1L, await database.ScalarAsync($"SELECT count(*) FROM hr.records WHERE id = '{given.Id.Value}'"));
    }
}
