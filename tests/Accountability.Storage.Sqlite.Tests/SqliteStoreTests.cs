using Accountability.DependencyInjection;
using Accountability.Feedback;
using Accountability.Tests.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace Accountability.Storage.Sqlite.Tests;

/// <summary>What only a durable store can show: records and results kept between openings, registration.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task RecordsAndResults_AreThereAfterReopening()
    {
        string path = _folder.File("kept.db");
        using (SqliteAccountabilityStore store = SqliteAccountabilityStore.Open(path))
        {
            await store.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f1"), TestRecords.Acknowledgment("a1", "f1")]);
        }

        using SqliteAccountabilityStore reopened = SqliteAccountabilityStore.Open(path);
        Assert.Equal(["f1", "a1"], (await reopened.ReadStreamAsync(new StreamId("f1"))).Select(r => r.Id.Value));
        await Assert.ThrowsAsync<StreamVersionConflictException>(async () => await reopened.AppendAsync(new StreamId("f1"), 0, [TestRecords.Feedback("f2")]));
        Assert.Equal(3, (await reopened.AppendAsync(new StreamId("f1"), 2, [TestRecords.Feedback("f2")]))[0].Version);
        Assert.Equal(System.IO.Path.GetFullPath(path), reopened.Path);
    }

    [Fact]
    public async Task Disposed_RefusesFurtherCalls()
    {
        SqliteAccountabilityStore store = _folder.Open("disposed.db");
        store.Dispose();
        store.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.ReadAsync(new RecordId("x")));
    }

    [Fact]
    public void Open_BadArguments_AreRefusedAtOnce()
    {
        Assert.Throws<ArgumentNullException>(() => SqliteAccountabilityStore.Open(null!));
        Assert.Throws<ArgumentException>(() => SqliteAccountabilityStore.Open(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteStoreOptions { BusyTimeout = TimeSpan.FromSeconds(-1) });
        Assert.Equal(TimeSpan.FromSeconds(30), SqliteStoreOptions.Default.BusyTimeout);
    }

    [Fact]
    public async Task AddSqliteStore_ReplacesTheInMemoryStores_BeforeOrAfterAddFeedback_AndTwiceIsHarmless()
    {
        string path = _folder.File("di.db");
        foreach (bool sqliteFirst in new[] { true, false })
        {
            var services = new ServiceCollection();
            services.AddSingleton<NodaTime.IClock>(NodaTime.SystemClock.Instance);
            services.AddAccountability(b => (sqliteFirst ? b.AddSqliteStore(path).AddFeedback() : b.AddFeedback().AddSqliteStore(path)).AddSqliteStore(_folder.File("ignored.db")));

            Assert.Single(services, d => d.ServiceType == typeof(IAccountabilityStore));
            Assert.Single(services, d => d.ServiceType == typeof(IScoredResultStore));
            Assert.Single(services, d => d.ServiceType == typeof(SqliteAccountabilityStore));
            await using ServiceProvider provider = services.BuildServiceProvider();
            var store = Assert.IsType<SqliteAccountabilityStore>(provider.GetRequiredService<IAccountabilityStore>());
            Assert.Same(store, provider.GetRequiredService<IScoredResultStore>());
            Assert.Same(store, provider.GetRequiredService<FeedbackJournal>().Store);
            Assert.Equal(path, store.Path);
        }

        Assert.False(File.Exists(_folder.File("ignored.db")));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddAccountability(b => b.AddSqliteStore("")));
    }
}
