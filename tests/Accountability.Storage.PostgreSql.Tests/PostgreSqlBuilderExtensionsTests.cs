using Accountability.DependencyInjection;
using Accountability.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace Accountability.Storage.PostgreSql.Tests;

/// <summary>Registration with DI: no server needed, since the store connects on first use.</summary>
public sealed class PostgreSqlBuilderExtensionsTests
{
    private const string Connection = "Host=127.0.0.1;Database=none";

    [Fact]
    public void AddPostgreSqlStore_ReplacesTheInMemoryStore_WhicheverComesFirst()
    {
        foreach (bool feedbackFirst in new[] { true, false })
        {
            var services = new ServiceCollection();
            services.AddAccountability(b =>
            {
                if (feedbackFirst)
                {
                    b.AddFeedback().AddPostgreSqlStore(Connection, "mine");
                }
                else
                {
                    b.AddPostgreSqlStore(Connection, "mine").AddFeedback();
                }
            });

            using ServiceProvider provider = services.BuildServiceProvider();
            var store = Assert.IsType<PostgreSqlAccountabilityStore>(provider.GetRequiredService<IAccountabilityStore>());
            Assert.Equal("mine", store.Schema);
            Assert.Same(store, provider.GetRequiredService<PostgreSqlAccountabilityStore>());
            Assert.Single(services, d => d.ServiceType == typeof(IAccountabilityStore));
            var scored = Assert.IsType<PostgreSqlScoredResultStore>(provider.GetRequiredService<IScoredResultStore>());
            Assert.Equal("mine", scored.Schema);
            Assert.Single(services, d => d.ServiceType == typeof(IScoredResultStore));
        }
    }

    [Fact]
    public void AddPostgreSqlStore_Twice_IsHarmless_AndKeepsTheFirstSettings()
    {
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddPostgreSqlStore(Connection, "first").AddPostgreSqlStore(Connection, "second").AddFeedback());

        Assert.Single(services, d => d.ServiceType == typeof(IAccountabilityStore));
        Assert.Single(services, d => d.ServiceType == typeof(PostgreSqlAccountabilityStore));
        Assert.Single(services, d => d.ServiceType == typeof(IScoredResultStore));
        Assert.Single(services, d => d.ServiceType == typeof(PostgreSqlScoredResultStore));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Equal("first", provider.GetRequiredService<PostgreSqlAccountabilityStore>().Schema);
    }

    [Fact]
    public void AddPostgreSqlStore_BadArguments_AreRefusedAtOnce()
    {
        IAccountabilityBuilder? none = null;
        var services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>(() => none!.AddPostgreSqlStore(Connection));
        Assert.Throws<ArgumentNullException>(() => services.AddAccountability(b => b.AddPostgreSqlStore(null!)));
        Assert.Throws<ArgumentException>(() => services.AddAccountability(b => b.AddPostgreSqlStore(Connection, "Bad Name")));
    }
}
