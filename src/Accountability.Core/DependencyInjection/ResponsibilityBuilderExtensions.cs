using System.Diagnostics.CodeAnalysis;
using Accountability.Responsibility;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Accountability.DependencyInjection;

/// <summary>Registers the responsibility checks with <see cref="IAccountabilityBuilder"/>.</summary>
public static class ResponsibilityBuilderExtensions
{
    private const string CheckKind = "responsibility check";

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

        builder.Services.TryAddSingleton(sp => new ResponsibilityChecks(
            ResolveChecks(sp),
            sp.GetService<ResponsibilityOptions>() ?? FromSettings(sp)));
        return builder;
    }

    /// <summary>
    /// Adds an integrator's check, run after the built-in ones; registering the same type twice is harmless. A check
    /// whose constructor throws, or whose name is null or throws, makes resolving <see cref="ResponsibilityChecks"/>
    /// fail with the library's fault report (<c>check-fault</c>) naming the check.
    /// </summary>
    /// <typeparam name="TCheck">The check's type, created once by the container.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IAccountabilityBuilder AddResponsibilityCheck<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCheck>(this IAccountabilityBuilder builder)
        where TCheck : class, IResponsibilityCheck
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IResponsibilityCheck, TCheck>(Create<TCheck>));
        return builder.AddResponsibilityChecks();
    }

    /// <summary>Creates a check registered by type, reporting a constructor that throws as that check's fault.</summary>
    private static TCheck Create<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCheck>(IServiceProvider services)
        where TCheck : class, IResponsibilityCheck
    {
        try
        {
            return ActivatorUtilities.CreateInstance<TCheck>(services);
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            string name = typeof(TCheck).Name;
            throw PluginFault.Report(CheckKind, name, ProblemPath.Key("checks", name), ResponsibilityProblemCodes.CheckFault, "being created by the service provider", ex);
        }
    }

    /// <summary>Resolves every registered check, reporting one that cannot be created as a check fault.</summary>
    // Options given in code win; otherwise the configured settings (the defaults unless the application bound them).
    private static ResponsibilityOptions? FromSettings(IServiceProvider services) =>
        services.GetService<IOptions<AccountabilityOptions>>() is { } settings
            ? AccountabilityOptionsValidator.ToOptions(settings.Value.Responsibility)
            : null;

    private static IEnumerable<IResponsibilityCheck> ResolveChecks(IServiceProvider services)
    {
        try
        {
            return [.. services.GetServices<IResponsibilityCheck>()];
        }
        catch (AccountabilityException ex) when (ex.Problems.Count == 1 && ex.Problems[0].Code == ResponsibilityProblemCodes.CheckFault)
        {
            throw;
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            throw PluginFault.Report(CheckKind, nameof(IResponsibilityCheck), "checks", ResponsibilityProblemCodes.CheckFault, "being created by the service provider", ex);
        }
    }
}
