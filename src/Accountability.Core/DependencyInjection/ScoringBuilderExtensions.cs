using System.Diagnostics.CodeAnalysis;
using Accountability.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Accountability.DependencyInjection;

/// <summary>Registers integrators' scoring rules with <see cref="AccountabilityServiceCollectionExtensions.AddAccountability(IServiceCollection, Action{IAccountabilityBuilder}?)"/>.</summary>
public static class ScoringBuilderExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TRule"/> as a scoring rule (a singleton). The
    /// <see cref="ScoringRuleRegistry"/> resolved from the container holds the built-in rules and every
    /// registered rule. Registering the same type twice is harmless.
    /// </summary>
    /// <typeparam name="TRule">The rule's type.</typeparam>
    /// <param name="builder">The builder from <c>AddAccountability</c>.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <remarks>A rule whose constructor or <see cref="IScoringRule.Name"/> throws is reported, when the registry is resolved, as an <see cref="AccountabilityException"/> naming the rule (<see cref="ScoringProblemCodes.RuleFault"/>).</remarks>
    public static IAccountabilityBuilder AddScoringRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IAccountabilityBuilder builder)
        where TRule : class, IScoringRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IScoringRule, TRule>(Create<TRule>));
        return builder;
    }

    /// <summary>Registers an existing rule instance. Registering the same instance twice is harmless.</summary>
    /// <param name="builder">The builder from <c>AddAccountability</c>.</param>
    /// <param name="rule">The rule.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="rule"/> is null.</exception>
    public static IAccountabilityBuilder AddScoringRule(this IAccountabilityBuilder builder, IScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(rule);
        bool present = builder.Services.Any(d => d.ServiceType == typeof(IScoringRule) && !d.IsKeyedService && ReferenceEquals(d.ImplementationInstance, rule));
        if (!present)
        {
            builder.Services.Add(ServiceDescriptor.Singleton(rule));
        }

        return builder;
    }

    // A rule whose constructor fails is reported as the rule's fault, not as a raw exception from the container.
    private static TRule Create<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(IServiceProvider services)
        where TRule : class, IScoringRule
    {
        try
        {
            return ActivatorUtilities.CreateInstance<TRule>(services);
        }
        catch (Exception ex) when (PluginFault.IsPluginFault(ex))
        {
            throw PluginFault.Report(RuleFault.Kind, typeof(TRule).Name, "rules", ScoringProblemCodes.RuleFault, "being created by the service provider", ex);
        }
    }

    internal static void AddScoringServices(IServiceCollection services) =>
        services.TryAddSingleton(sp => ScoringRuleRegistry.Create(sp.GetServices<IScoringRule>()));
}
