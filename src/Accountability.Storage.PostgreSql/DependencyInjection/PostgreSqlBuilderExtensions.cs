using Accountability.Feedback;
using Accountability.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Accountability.DependencyInjection;

/// <summary>Registers the PostgreSQL store with <see cref="AccountabilityServiceCollectionExtensions.AddAccountability(IServiceCollection, Action{IAccountabilityBuilder}?)"/>.</summary>
public static class PostgreSqlBuilderExtensions
{
    /// <summary>
    /// Registers a <see cref="PostgreSqlAccountabilityStore"/> and a <see cref="PostgreSqlScoredResultStore"/> (singletons,
    /// disposed with the container) as the container's <see cref="IAccountabilityStore"/> and
    /// <see cref="IScoredResultStore"/>, in place of the in-memory stores <c>AddFeedback</c> would register.
    /// The schema is created or migrated on the store's first use. Calling it twice is harmless: the first call's
    /// connection string and schema are kept.
    /// </summary>
    /// <param name="builder">The builder from <c>AddAccountability</c>.</param>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>).</param>
    /// <param name="schema">The schema for the store's tables; <c>accountability</c> when null.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="connectionString"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="schema"/> is not an accepted name.</exception>
    public static IAccountabilityBuilder AddPostgreSqlStore(this IAccountabilityBuilder builder, string connectionString, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connectionString);
        string checkedSchema = StorageSchemaName.Require(schema, nameof(schema));
        if (builder.Services.Any(d => d.ServiceType == typeof(PostgreSqlAccountabilityStore)))
        {
            return builder;
        }

        builder.Services.AddSingleton(_ => PostgreSqlAccountabilityStore.Create(connectionString, checkedSchema));
        builder.Services.AddSingleton(_ => PostgreSqlScoredResultStore.Create(connectionString, checkedSchema));
        builder.Services.Replace(ServiceDescriptor.Singleton<IAccountabilityStore>(sp => sp.GetRequiredService<PostgreSqlAccountabilityStore>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IScoredResultStore>(sp => sp.GetRequiredService<PostgreSqlScoredResultStore>()));
        return builder;
    }
}
