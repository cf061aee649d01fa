using Accountability.DependencyInjection;
using Accountability.Feedback;
using Accountability.Scoring;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>The examples of docs/storage.md, word for word (DocsTests checks that every line is found here).</summary>
public sealed class StorageDocsExampleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WithoutDi_OpenTheFile_AndGiveItToTheJournal()
    {
        string path = _folder.File("accountability.db");
        IClock clock = new NodaTime.Testing.FakeClock(InstantPattern.General.Parse("2026-07-01T09:00:00Z").Value);
        using SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(path);
        var journal = new FeedbackJournal(store, clock);
        FeedbackRecord given = await journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep.");

        Assert.Equal(given.Id, (await store.ReadAsync(given.Id))!.Id);
    }

    [Fact]
    public async Task WithDi_AddSqliteStore()
    {
        string path = _folder.File("accountability.db");
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 7, 1, 9, 0)));
        services.AddAccountability(b => b.AddFeedback().AddSqliteStore(path));
        await using ServiceProvider provider = services.BuildServiceProvider();

        IScoredResultStore results = provider.GetRequiredService<IScoredResultStore>();
        Scorecard card = ScoredResultsFixture.Card;
        ScorecardResult result = ScoredResultsFixture.Result;
        var key = new ScoredResultKey(card.Id, result.Subject, new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 6, 30)));
        await results.SaveAsync(key, result, Instant.FromUtc(2026, 7, 1, 9, 0));
        ScoredResultVersion? latest = await results.ReadLatestAsync(key, [card]);

        Assert.Equal(1, latest!.Version);
        Assert.IsType<SqliteAccountabilityStore>(results);
    }

    private static class ScoredResultsFixture
    {
        public static readonly Scorecard Card = Scorecard.CreateBuilder("sales", "Sales")
            .Add(new Accountability.Criteria.PerformanceCriterion("calls", "Calls", "count", Accountability.Criteria.CriterionDirection.HigherIsBetter, Accountability.Criteria.ScoringMethod.Direct()), 100m)
            .Build();

        public static readonly ScorecardResult Result = Card.Score(Actuals.For(new PartyId("ana")).Value("calls", 80m).Build());
    }
}
