using Accountability.Feedback;
using Accountability.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Accountability.DependencyInjection;

/// <summary>Registers the SQLite store with <see cref="AccountabilityServiceCollectionExtensions.AddAccountability(IServiceCollection, Action{IAccountabilityBuilder}?)"/>.</summary>
public static class SqliteBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteAccountabilityStore"/> on the database at <paramref name="path"/> (a singleton, opened on
    /// first use) as the container's <see cref="IAccountabilityStore"/> and <see cref="IScoredResultStore"/>, replacing the
    /// in-memory stores whether <see cref="FeedbackBuilderExtensions.AddFeedback"/> was called before or after. Calling it
    /// twice is harmless: the first path given wins.
    /// </summary>
    /// <param name="builder">The builder from <c>AddAccountability</c>.</param>
    /// <param name="path">The database file; created when missing.</param>
    /// <param name="options">The store's settings; <see cref="SqliteStoreOptions.Default"/> when omitted.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    public static IAccountabilityBuilder AddSqliteStore(this IAccountabilityBuilder builder, string path, SqliteStoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        builder.Services.TryAddSingleton(_ => SqliteAccountabilityStore.Open(path, options));
        builder.Services.Replace(ServiceDescriptor.Singleton<IAccountabilityStore>(sp => sp.GetRequiredService<SqliteAccountabilityStore>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IScoredResultStore>(sp => sp.GetRequiredService<SqliteAccountabilityStore>()));
        return builder;
    }
}
