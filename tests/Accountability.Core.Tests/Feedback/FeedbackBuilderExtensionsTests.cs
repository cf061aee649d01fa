using Accountability.DependencyInjection;
using Accountability.Feedback;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Accountability.Tests.Feedback;

public class FeedbackBuilderExtensionsTests
{
    [Fact]
    public async Task AddFeedback_Twice_IsHarmless_AndGivesOneJournalOverOneInMemoryStore()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(FeedbackFixture.Start));
        services.AddAccountability(b => b.AddFeedback().AddFeedback());
        services.AddAccountability(b => b.AddFeedback());

        Assert.Single(services, d => d.ServiceType == typeof(IAccountabilityStore));
        Assert.Single(services, d => d.ServiceType == typeof(FeedbackJournal));
        using ServiceProvider provider = services.BuildServiceProvider();
        FeedbackJournal journal = provider.GetRequiredService<FeedbackJournal>();
        Assert.Same(journal, provider.GetRequiredService<FeedbackJournal>());
        Assert.IsType<InMemoryAccountabilityStore>(journal.Store);
        Assert.Same(provider.GetRequiredService<IAccountabilityStore>(), journal.Store);
        FeedbackRecord given = await journal.GiveAsync("wu", new PartyId("ana"), FeedbackKind.Recognition, "Top rep.");
        Assert.Equal(FeedbackFixture.Start, given.RecordedAt);
    }

    [Fact]
    public async Task AddFeedback_TheApplicationsStoreAndFirstOptionsWin()
    {
        var store = new InMemoryAccountabilityStore();
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(FeedbackFixture.Start));
        services.AddSingleton<IAccountabilityStore>(store);
        services.AddAccountability(b => b
            .AddFeedback(new FeedbackJournalOptions { Parties = PartyDirectory.Of([new PartyId("wu")]) })
            .AddFeedback());

        using ServiceProvider provider = services.BuildServiceProvider();
        FeedbackJournal journal = provider.GetRequiredService<FeedbackJournal>();
        Assert.Same(store, journal.Store);
        var ex = await Assert.ThrowsAsync<AccountabilityException>(async () => await journal.GiveAsync("eve", new PartyId("wu"), FeedbackKind.Recognition, "Hi."));
        Assert.Equal(FeedbackProblemCodes.UnknownAuthor, Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void AddAccountability_GivesTheSystemClockUnlessTheApplicationHasOne_AndReviewsShareTheStore()
    {
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddFeedback());
        using (ServiceProvider provider = services.BuildServiceProvider())
        {
            Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
            Assert.NotNull(provider.GetRequiredService<Accountability.Reviews.ReviewJournal>());
        }

        var mine = new FakeClock(FeedbackFixture.Start);
        var later = new ServiceCollection();
        later.AddAccountability(b => b.AddFeedback());
        later.AddSingleton<IClock>(mine);
        using ServiceProvider app = later.BuildServiceProvider();
        Assert.Same(mine, app.GetRequiredService<IClock>());
        Assert.Single(later, d => d.ServiceType == typeof(Accountability.Reviews.ReviewJournal));
    }

    [Fact]
    public void AddFeedback_NullBuilder_Throws() =>
        Assert.Throws<ArgumentNullException>(() => FeedbackBuilderExtensions.AddFeedback(null!));
}
