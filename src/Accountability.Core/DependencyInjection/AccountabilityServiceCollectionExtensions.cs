using Accountability.Feedback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Accountability.DependencyInjection;

/// <summary>Registers Accountability.Core with a <see cref="IServiceCollection"/>.</summary>
public static class AccountabilityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library's registries and a clock, and lets <paramref name="configure"/> add integrators' plug-ins.
    /// Calling it more than once is harmless: registrations use <c>TryAdd</c>, so the application's
    /// own registrations win and nothing is registered twice. The clock is NodaTime's <see cref="SystemClock"/> unless
    /// the application registers its own <see cref="IClock"/> (the library itself never reads a clock that is not given);
    /// the store is the <see cref="InMemoryAccountabilityStore"/> unless the application registers another
    /// <see cref="IAccountabilityStore"/> (before, in <paramref name="configure"/>, or after this call).
    /// </summary>
    /// <remarks>
    /// The settings (<see cref="AccountabilityOptions"/>, defaults unless bound from configuration or configured with
    /// <c>services.Configure&lt;AccountabilityOptions&gt;(...)</c>) and the registrations are checked when the
    /// application starts, not at first use: the generic host does it in <c>StartAsync</c>
    /// (<c>ValidateOnStart</c>); an application without a host calls
    /// <c>provider.GetRequiredService&lt;IStartupValidator&gt;().Validate()</c> after building its service provider.
    /// A setting out of range, a custom scoring rule named like a built-in one (or like another custom rule), or a rule
    /// or check whose constructor fails is then an <see cref="OptionsValidationException"/> listing every failure with
    /// its setting or its problem code and path.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds plug-ins, such as custom scoring rules; optional.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddAccountability(this IServiceCollection services, Action<IAccountabilityBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.AddOptions<AccountabilityOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccountabilityOptions>, AccountabilityOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AccountabilityOptions>, AccountabilityRegistrationValidator>(
            sp => new AccountabilityRegistrationValidator(sp)));
        services.TryAddSingleton(sp => AccountabilityOptionsValidator.ToOptions(sp.GetRequiredService<IOptions<AccountabilityOptions>>().Value.Calibration));
        ScoringBuilderExtensions.AddScoringServices(services);
        var builder = new AccountabilityBuilder(services);
        builder.AddResponsibilityChecks();
        configure?.Invoke(builder);

        // After the application's own registrations, so that a store it registered there wins.
        services.TryAddSingleton<IAccountabilityStore, InMemoryAccountabilityStore>();
        return services;
    }

    /// <summary>
    /// Registers the library as <see cref="AddAccountability(IServiceCollection, Action{IAccountabilityBuilder}?)"/> does,
    /// with its settings (<see cref="AccountabilityOptions"/>) bound from <paramref name="configuration"/>, such as the
    /// <c>Accountability</c> section of the application's configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration section holding the settings.</param>
    /// <param name="configure">Further registrations: custom scoring rules, responsibility checks, feedback.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is null.</exception>
    /// <remarks>
    /// Binding is strict: a key the settings do not have, or a value of the wrong type, fails. Like every setting and
    /// registration, that is reported when the application starts (see the remarks of the other overload).
    /// </remarks>
    public static IServiceCollection AddAccountability(this IServiceCollection services, IConfiguration configuration, Action<IAccountabilityBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AccountabilityOptions>().Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
        return services.AddAccountability(configure);
    }
}
