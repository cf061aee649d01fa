using System.Diagnostics.CodeAnalysis;
using Accountability.Responsibility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Accountability.DependencyInjection;

/// <summary>Registers the responsibility checks with <see cref="IAccountabilityBuilder"/>.</summary>
public static class ResponsibilityBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="ResponsibilityChecks"/> as a singleton built from every registered <see cref="IResponsibilityCheck"/>
    /// and the registered <see cref="ResponsibilityOptions"/> (or <see cref="ResponsibilityOptions.Default"/>).
    /// Idempotent; the application's own registrations win.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The limits to register, unless options are registered already.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IAccountabilityBuilder AddResponsibilityChecks(this IAccountabilityBuilder builder, ResponsibilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (options is not null)
        {
            builder.Services.TryAddSingleton(options);
        }

        builder.Services.TryAddSingleton(sp => new ResponsibilityChecks(sp.GetServices<IResponsibilityCheck>(), sp.GetService<ResponsibilityOptions>()));
        return builder;
    }

    /// <summary>Adds an integrator's check, run after the built-in ones; registering the same type twice is harmless.</summary>
    /// <typeparam name="TCheck">The check's type, created once by the container.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IAccountabilityBuilder AddResponsibilityCheck<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCheck>(this IAccountabilityBuilder builder)
        where TCheck : class, IResponsibilityCheck
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IResponsibilityCheck, TCheck>());
        return builder.AddResponsibilityChecks();
    }
}
