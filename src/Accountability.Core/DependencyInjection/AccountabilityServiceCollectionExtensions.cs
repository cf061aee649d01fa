using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Accountability.DependencyInjection;

/// <summary>Registers Accountability.Core with a <see cref="IServiceCollection"/>.</summary>
public static class AccountabilityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's registries and a clock, and lets <paramref name="configure"/> add integrators' plug-ins.
    /// Calling it more than once is harmless: registrations use <c>TryAdd</c>, so the application's
    /// own registrations win and nothing is registered twice. The clock is NodaTime's <see cref="SystemClock"/> unless
    /// the application registers its own <see cref="IClock"/> (the library itself never reads a clock that is not given).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds plug-ins, such as custom scoring rules; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAccountability(this IServiceCollection services, Action<IAccountabilityBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        ScoringBuilderExtensions.AddScoringServices(services);
        var builder = new AccountabilityBuilder(services);
        builder.AddResponsibilityChecks();
        configure?.Invoke(builder);
        return services;
    }
}
