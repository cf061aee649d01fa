using Accountability.DependencyInjection;
using Accountability.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace Accountability.Tests.Feedback;

/// <summary>The in-memory scored result store runs the scored result store contract.</summary>
public class InMemoryScoredResultStoreTests : ScoredResultStoreContract
{
    protected override IScoredResultStore CreateStore() => new InMemoryScoredResultStore();

    [Fact]
    public void AddFeedback_RegistersOneInMemoryScoredResultStore_UnlessTheApplicationHasOne()
    {
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddFeedback().AddFeedback());
        Assert.Single(services, d => d.ServiceType == typeof(IScoredResultStore));
        using (ServiceProvider provider = services.BuildServiceProvider())
        {
            Assert.IsType<InMemoryScoredResultStore>(provider.GetRequiredService<IScoredResultStore>());
        }

        var own = new InMemoryScoredResultStore();
        var mine = new ServiceCollection();
        mine.AddSingleton<IScoredResultStore>(own);
        mine.AddAccountability(b => b.AddFeedback());
        using ServiceProvider withOwn = mine.BuildServiceProvider();
        Assert.Same(own, withOwn.GetRequiredService<IScoredResultStore>());
    }
}
