using Microsoft.Extensions.DependencyInjection;

namespace Accountability.DependencyInjection;

/// <summary>
/// Configures the library's services inside <see cref="AccountabilityServiceCollectionExtensions.AddAccountability(IServiceCollection, Action{IAccountabilityBuilder}?)"/>.
/// Each stage of the library adds its own <c>AddXxx</c> extension methods to this builder.
/// </summary>
public interface IAccountabilityBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }
}

internal sealed class AccountabilityBuilder(IServiceCollection services) : IAccountabilityBuilder
{
    public IServiceCollection Services { get; } = services;
}
