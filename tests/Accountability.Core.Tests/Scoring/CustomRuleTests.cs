using Accountability.Criteria;
using Accountability.DependencyInjection;
using Accountability.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Accountability.Tests.Scoring;

/// <summary>An integrator's rule: 100 × (actual ÷ target)², capped at 120; reads its target once, when bound.</summary>
internal sealed class SquareRule : IScoringRule
{
    public string Name => "square";

    public CriterionScorer? Bind(ScoringRuleBindContext context)
    {
        if (!context.TryGetValue("target", out decimal target) || target <= 0m)
        {
            context.Error(ScoringRuleBindContext.ValuePath("target"), ScoringProblemCodes.ValueRequired, "The 'square' rule needs a positive target.");
            return null;
        }

        return new Scorer(context.Reference("target", target));
    }

    private sealed class Scorer(ReferenceSlot target) : CriterionScorer(new ScoreRange(0m, 120m))
    {
        public override decimal Score(in ScoringContext context)
        {
            decimal ratio = context.Actual / context.Reference(target);
            return Math.Min(120m, 100m * ratio * ratio);
        }
    }
}

/// <summary>A rule whose scorer is built from a function, for tests of misbehaving rules.</summary>
internal sealed class FuncRule(string name, Func<decimal, decimal> score, ScoreRange? range = null) : IScoringRule
{
    public string Name => name;

    public CriterionScorer? Bind(ScoringRuleBindContext context) => new Scorer(score, range ?? new ScoreRange(0m, 100m));

    private sealed class Scorer(Func<decimal, decimal> score, ScoreRange range) : CriterionScorer(range)
    {
        public override decimal Score(in ScoringContext context) => score(context.Actual);
    }
}

internal static class TestRules
{
    public static FuncRule Throwing() => new("throwing", _ => throw new InvalidOperationException("lookup table not loaded"));

    public static FuncRule Wild() => new("wild", _ => 250m);
}

public class CustomRuleTests
{
    private static PerformanceCriterion Criterion(string rule, decimal target = 10m) =>
        new("visits", "Hospital visits", "visits", CriterionDirection.HigherIsBetter, ScoringMethod.Custom(rule, new Dictionary<string, decimal> { ["target"] = target }));

    [Fact]
    public void CustomRule_RegisteredInCode_ScoresAndExplains()
    {
        ScoringRuleRegistry registry = ScoringRuleRegistry.Create(new SquareRule());
        Scorecard card = Scorecard.CreateBuilder("c", "C").Add(Criterion("square"), 100m).Build(registry);

        ScorecardResult result = card.Score(Actuals.For("rep-1").Value("visits", 9m).Build());

        Assert.Equal(81m, result.Score);
        Assert.Equal("Hospital visits (visits): actual 9 visits scored 81.00 by square (target 10); weight 100%, counted 100.00%, contributes 81.00.", result["visits"].Explanation);
        Assert.Contains("square", registry.Names);
    }

    [Fact]
    public void CustomRule_ValidationProblems_AreReportedWithPath()
    {
        ScoringRuleRegistry registry = ScoringRuleRegistry.Create(new SquareRule());
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C").Add(Criterion("square", 0m), 100m).Build(registry));

        Assert.Equal("criteria[0].scoring.values[target]", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void CustomRule_Throws_IsReportedWithRuleAndCriterionNames()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").Add(Criterion("throwing"), 100m).Build(ScoringRuleRegistry.Create(TestRules.Throwing()));

        var ex = Assert.Throws<AccountabilityException>(() => card.Score(Actuals.For("rep-1").Value("visits", 9m).Build()));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
        Assert.Equal("values[visits]", problem.Path);
        Assert.Equal(
            "The scoring rule 'throwing' failed while scoring 9 for 'rep-1' on criterion 'Hospital visits' (visits): InvalidOperationException: lookup table not loaded",
            problem.Message);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void CustomRule_OutOfRangeScore_IsReportedNotClamped()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").Add(Criterion("wild"), 100m).Build(ScoringRuleRegistry.Create(TestRules.Wild()));

        var ex = Assert.Throws<AccountabilityException>(() => card.Score(Actuals.For("rep-1").Value("visits", 9m).Build()));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.ScoreOutOfRange, problem.Code);
        Assert.Equal("The scoring rule 'wild' returned 250 for criterion 'Hospital visits' (visits) and subject 'rep-1', outside its declared range 0–100.", problem.Message);
    }

    [Fact]
    public void CustomRule_FaultInBatch_NamesSubject()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").Add(Criterion("wild"), 100m).Build(ScoringRuleRegistry.Create(TestRules.Wild()));
        ActualsTable table = card.CreateTable(["rep-1", "rep-2"]);
        table.Set(0, 0, 1m);
        table.Set(1, 0, 1m);

        var ex = Assert.Throws<AccountabilityException>(() => card.ScoreBatch(table));

        Assert.Equal("subjects[rep-1].values[visits]", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Registry_DuplicateName_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.Create(new SquareRule(), new SquareRule()));
        Assert.Equal("The name 'square' of SquareRule is already taken by SquareRule.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Registry_NameOfBuiltIn_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.Create(new RenamedRule("linear")));
        Assert.Equal("rules[0].name", Assert.Single(ex.Problems).Path);
        Assert.Equal("The name 'linear' of RenamedRule is already taken by a built-in rule.", ex.Problems[0].Message);
    }

    [Fact]
    public void Registry_InvalidName_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.Create(new RenamedRule(" bad")));
        Assert.Equal("The rule RenamedRule has an invalid name: An identifier cannot start or end with white space.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Registry_Get_UnknownListsNames()
    {
        var ex = Assert.Throws<AccountabilityException>(() => ScoringRuleRegistry.BuiltIn.Get("nope"));
        Assert.Equal("No scoring rule is registered as 'nope'. Registered rules: banded, binary, direct, formula, linear, rating-scale, ratio-to-target, target-range.", ex.Problems[0].Message);
    }

    [Fact]
    public void AddAccountability_RegistersCustomRule_AndIsIdempotent()
    {
        var services = new ServiceCollection();
        services.AddAccountability(b => b.AddScoringRule<SquareRule>());
        services.AddAccountability(b => b.AddScoringRule<SquareRule>());
        var instance = TestRules.Throwing();
        services.AddAccountability(b => b.AddScoringRule(instance).AddScoringRule(instance));

        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IScoringRule)));
        Assert.Single(services, d => d.ServiceType == typeof(ScoringRuleRegistry));
        using ServiceProvider provider = services.BuildServiceProvider();
        ScoringRuleRegistry registry = provider.GetRequiredService<ScoringRuleRegistry>();
        Assert.True(registry.TryGet("square", out _));
        Assert.True(registry.TryGet("throwing", out _));
        Assert.Same(registry, provider.GetRequiredService<ScoringRuleRegistry>());
    }

    [Fact]
    public void AddAccountability_AppRegistrationWins()
    {
        var services = new ServiceCollection();
        ScoringRuleRegistry own = ScoringRuleRegistry.Create(TestRules.Wild());
        services.AddSingleton(own);
        services.AddAccountability();

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(own, provider.GetRequiredService<ScoringRuleRegistry>());
    }

    [Fact]
    public void AddAccountability_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddAccountability());
        var services = new ServiceCollection();
        services.AddAccountability(b => Assert.Throws<ArgumentNullException>(() => b.AddScoringRule(null!)));
    }

    private sealed class RenamedRule(string name) : IScoringRule
    {
        public string Name => name;

        public CriterionScorer? Bind(ScoringRuleBindContext context) => null;
    }
}
