using Accountability.DependencyInjection;
using Accountability.Responsibility;
using Microsoft.Extensions.DependencyInjection;

namespace Accountability.Tests.Responsibility;

public class ResponsibilityBuilderExtensionsTests
{
    [Fact]
    public void AddResponsibilityCheck_Twice_IsHarmless()
    {
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddResponsibilityCheck<NoOpCheck>().AddResponsibilityCheck<NoOpCheck>());
        services.AddAccountability(b => b.AddResponsibilityChecks().AddResponsibilityCheck<NoOpCheck>());
        Assert.Single(services, d => d.ServiceType == typeof(IResponsibilityCheck));
        Assert.Single(services, d => d.ServiceType == typeof(ResponsibilityChecks));

        using ServiceProvider provider = services.BuildServiceProvider();
        ResponsibilityChecks checks = provider.GetRequiredService<ResponsibilityChecks>();
        Assert.Equal(ResponsibilityChecks.BuiltInNames.Count + 1, checks.Checks.Count);
        Assert.Equal("no-op", checks.Checks[^1].Name);
        Assert.Same(ResponsibilityOptions.Default, checks.Options);
    }

    [Fact]
    public void AddResponsibilityChecks_WithOptions_FirstRegistrationWins()
    {
        ResponsibilityOptions first = ResponsibilityOptions.Default.WithOverloadLimit(2);
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddResponsibilityChecks(first).AddResponsibilityChecks(ResponsibilityOptions.Default.WithOverloadLimit(9)));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Equal(2, provider.GetRequiredService<ResponsibilityChecks>().Options.OverloadLimit);
    }

    [Fact]
    public void Extensions_NullBuilder_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ResponsibilityBuilderExtensions.AddResponsibilityChecks(null!));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityBuilderExtensions.AddResponsibilityCheck<NoOpCheck>(null!));
    }

    private sealed class NoOpCheck : IResponsibilityCheck
    {
        public string Name => "no-op";

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => [];
    }
}
