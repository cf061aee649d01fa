using Accountability.Feedback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Accountability.DependencyInjection;

/// <summary>Registers the feedback stage with <see cref="AccountabilityServiceCollectionExtensions.AddAccountability(IServiceCollection, Action{IAccountabilityBuilder}?)"/>.</summary>
public static class FeedbackBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="FeedbackJournal"/> (a singleton) over the container's <see cref="IAccountabilityStore"/> — an
    /// <see cref="InMemoryAccountabilityStore"/> unless the application registers its own — and its <see cref="IClock"/>
    /// (NodaTime's system clock unless the application registers its own), and a
    /// <see cref="Accountability.Reviews.ReviewJournal"/> over the same store, and an <see cref="IScoredResultStore"/> (an
    /// <see cref="InMemoryScoredResultStore"/> unless the application registers its own). Calling it twice is harmless; the
    /// application's own registrations win.
    /// </summary>
    /// <param name="builder">The builder from <c>AddAccountability</c>.</param>
    /// <param name="options">The journal's checks and identifier source; <see cref="FeedbackJournalOptions.Default"/> when omitted.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IAccountabilityBuilder AddFeedback(this IAccountabilityBuilder builder, FeedbackJournalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IAccountabilityStore, InMemoryAccountabilityStore>();
        builder.Services.TryAddSingleton<IScoredResultStore, InMemoryScoredResultStore>();
        builder.Services.TryAddSingleton(sp => new FeedbackJournal(
            sp.GetRequiredService<IAccountabilityStore>(),
            sp.GetRequiredService<IClock>(),
            options));
        builder.Services.TryAddSingleton(sp => new Accountability.Reviews.ReviewJournal(sp.GetRequiredService<IAccountabilityStore>()));
        return builder;
    }
}
