using System.Text;
using Accountability.Calibration;
using Accountability.DependencyInjection;
using Accountability.Feedback;
using Accountability.Responsibility;
using Accountability.Scoring;
using Accountability.Tests.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Accountability.Tests.DependencyInjection;

public class AccountabilityOptionsTests
{
    private const string Settings = """
        {
          "Accountability": {
            "Responsibility": {
              "OverloadLimit": 2,
              "MaximumConsulted": 3,
              "UseSchemeForbiddenCombinations": false,
              "ForbiddenCombinations": [ "A+C" ],
              "SeverityOverrides": { "overload": "Error" }
            },
            "Calibration": { "MinimumRatingsPerRater": 4, "LeniencyThreshold": 0.75, "Normalize": false, "UnadjustableRaters": "LeaveUnadjusted" }
          }
        }
        """;

    private static IConfigurationSection Section(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("Accountability");

    private static ServiceProvider Provider(string json, Action<IAccountabilityBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddAccountability(Section(json), configure);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Settings_FromJsonConfiguration_ReachTheChecksAndCalibration()
    {
        using ServiceProvider provider = Provider(Settings);
        provider.GetRequiredService<IStartupValidator>().Validate();

        ResponsibilityOptions responsibility = provider.GetRequiredService<ResponsibilityChecks>().Options;
        Assert.Equal(2, responsibility.OverloadLimit);
        Assert.Equal(3, responsibility.MaximumConsulted);
        Assert.False(responsibility.UseSchemeForbiddenCombinations);
        Assert.Equal([new CodeCombination("A", "C")], responsibility.ForbiddenCombinations);
        Assert.Equal(ProblemSeverity.Error, responsibility.SeverityOverrides["overload"]);

        CalibrationOptions calibration = provider.GetRequiredService<CalibrationOptions>();
        Assert.Equal(4, calibration.MinimumRatingsPerRater);
        Assert.Equal(0.75m, calibration.LeniencyThreshold);
        Assert.Equal(CalibrationOptions.Default.CentralTendencyRatio, calibration.CentralTendencyRatio);
        Assert.False(calibration.Normalize);
        Assert.Equal(UnadjustableRaterHandling.LeaveUnadjusted, calibration.UnadjustableRaters);
    }

    [Fact]
    public void WithoutConfiguration_TheDefaultsHold_AndTheStoreIsInMemory()
    {
        var services = new ServiceCollection();
        services.AddAccountability();
        using ServiceProvider provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        ResponsibilityOptions responsibility = provider.GetRequiredService<ResponsibilityChecks>().Options;
        Assert.Equal(ResponsibilityOptions.Default.OverloadLimit, responsibility.OverloadLimit);
        Assert.Equal(ResponsibilityOptions.Default.MaximumConsulted, responsibility.MaximumConsulted);
        Assert.Equal(CalibrationOptions.Default.MinimumRatingsPerRater, provider.GetRequiredService<CalibrationOptions>().MinimumRatingsPerRater);
        Assert.IsType<InMemoryAccountabilityStore>(provider.GetRequiredService<IAccountabilityStore>());
    }

    [Fact]
    public void OptionsGivenInCode_WinOverConfiguration()
    {
        using ServiceProvider provider = Provider(Settings, b => b.AddResponsibilityChecks(ResponsibilityOptions.Default.WithOverloadLimit(7)));

        Assert.Equal(7, provider.GetRequiredService<ResponsibilityChecks>().Options.OverloadLimit);
    }

    [Fact]
    public void TheApplicationsStore_Wins_WhetherRegisteredBeforeInsideOrAfter()
    {
        var before = new InMemoryAccountabilityStore();
        var inside = new InMemoryAccountabilityStore();
        var after = new InMemoryAccountabilityStore();

        var first = new ServiceCollection();
        first.AddSingleton<IAccountabilityStore>(before);
        first.AddAccountability(b => b.AddFeedback());
        using (ServiceProvider provider = first.BuildServiceProvider())
        {
            Assert.Same(before, provider.GetRequiredService<IAccountabilityStore>());
        }

        var second = new ServiceCollection();
        second.AddAccountability(b => b.Services.AddSingleton<IAccountabilityStore>(inside));
        using (ServiceProvider provider = second.BuildServiceProvider())
        {
            Assert.Same(inside, provider.GetRequiredService<IAccountabilityStore>());
        }

        var third = new ServiceCollection();
        third.AddAccountability(b => b.AddFeedback());
        third.AddSingleton<IAccountabilityStore>(after);
        using (ServiceProvider provider = third.BuildServiceProvider())
        {
            Assert.Same(after, provider.GetRequiredService<IAccountabilityStore>());
            Assert.Same(after, provider.GetRequiredService<IEnumerable<IAccountabilityStore>>().Last());
        }
    }

    [Fact]
    public void BadSettings_FailAtStartUp_AllAtOnce_EachNamingItsSetting()
    {
        using ServiceProvider provider = Provider("""
            { "Accountability": {
                "Responsibility": { "OverloadLimit": -1, "ForbiddenCombinations": [ "A", "R+R" ], "SeverityOverrides": { "overload": 9 } },
                "Calibration": { "MinimumRatingsPerRater": 1, "CentralTendencyRatio": 1.5, "LeniencyThreshold": -0.1 } } }
            """);

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        string[] failures = [.. ex.Failures];
        Assert.Equal(7, failures.Length);
        Assert.Contains(failures, f => f.StartsWith("Responsibility:OverloadLimit:", StringComparison.Ordinal) && f.Contains("-1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Responsibility:ForbiddenCombinations:0:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Responsibility:ForbiddenCombinations:1:", StringComparison.Ordinal) && f.Contains("'R+R'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Responsibility:SeverityOverrides:overload:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Calibration:MinimumRatingsPerRater:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Calibration:CentralTendencyRatio:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Calibration:LeniencyThreshold:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "Accountability": { "Responsibility": { "OverloadLimt": 3 } } }""", "OverloadLimt")]
    [InlineData("""{ "Accountability": { "Calibration": { "MinimumRatingsPerRater": "three" } } }""", "MinimumRatingsPerRater")]
    [InlineData("""{ "Accountability": { "Calibration": { "UnadjustableRaters": "Ignore" } } }""", "UnadjustableRaters")]
    public void UnknownKeysAndWrongTypes_FailAtStartUp_NamingTheKey(string json, string key)
    {
        using ServiceProvider provider = Provider(json);

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, ex.Message + ex.InnerException?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACustomRuleNamedLikeABuiltInOne_StopsTheHostFromStarting_NotTheFirstScore()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAccountability(b => b.AddScoringRule(new FuncRule("linear", v => v)));
        using IHost host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        string failure = Assert.Single(ex.Failures);
        Assert.Contains(ScoringProblemCodes.DuplicateRule, failure, StringComparison.Ordinal);
        Assert.Contains("'linear'", failure, StringComparison.Ordinal);
        Assert.Contains("built-in", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARuleWhoseConstructorFails_IsReportedAsItsFault_AtStartUp()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddAccountability(b => b.AddScoringRule<BrokenRule>());
        using IHost host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        string failure = Assert.Single(ex.Failures);
        Assert.Contains(ScoringProblemCodes.RuleFault, failure, StringComparison.Ordinal);
        Assert.Contains(nameof(BrokenRule), failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGoodRegistration_StartsTheHost_AndScores()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Settings)));
        builder.Services.AddAccountability(builder.Configuration.GetSection("Accountability"), b => b.AddScoringRule<SquareRule>().AddFeedback());
        using IHost host = builder.Build();

        await host.StartAsync();

        Assert.True(host.Services.GetRequiredService<ScoringRuleRegistry>().TryGet("square", out _));
        Assert.Equal(2, host.Services.GetRequiredService<ResponsibilityChecks>().Options.OverloadLimit);
        await host.StopAsync();
    }

    [Fact]
    public void NullArguments_Throw()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentNullException>(() => services.AddAccountability((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddAccountability(Section(Settings)));
    }

    private sealed class BrokenRule : IScoringRule
    {
        public BrokenRule() => throw new InvalidOperationException("no licence key");

        public string Name => "broken";

        public CriterionScorer? Bind(ScoringRuleBindContext context) => null;
    }
}
