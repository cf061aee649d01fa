using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class ScorecardValidationTests
{
    private static PerformanceCriterion Linear(string id, decimal threshold, decimal target, CriterionDirection direction = CriterionDirection.HigherIsBetter) =>
        new(id, id, "units", direction, ScoringMethod.Linear(threshold, target));

    [Fact]
    public void Build_ManyProblems_ReportsAllAtOnceWithPaths()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("bad", "Bad card")
            .Add(Linear("a", 100m, 80m), 50m)
            .Add(Linear("b", 1m, 2m), -5m)
            .Add(Linear("a", 1m, 2m), 20m)
            .Add(new PerformanceCriterion("c", "C", "x", CriterionDirection.HigherIsBetter, ScoringMethod.Custom("nope")), 10m);

        var ex = Assert.Throws<AccountabilityException>(() => builder.Build());

        Assert.Equal(
            ["criteria[0].scoring.threshold", "criteria[1].weight", "criteria[2].id", "criteria[3].scoring.rule"],
            ex.Problems.Select(p => p.Path));
        Assert.Equal("For a higher-is-better criterion the target (80) must be above the threshold (100).", ex.Problems[0].Message);
        Assert.Equal("The weight of 'b' must be positive; it is -5.", ex.Problems[1].Message);
        Assert.Equal(-5m, ex.Problems[1].AttemptedValue);
        Assert.Equal("The criterion id 'a' is already used by criteria[0].", ex.Problems[2].Message);
        Assert.Equal(
            "No scoring rule is registered as 'nope'. Registered rules: banded, binary, direct, formula, linear, rating-scale, ratio-to-target, target-range.",
            ex.Problems[3].Message);
    }

    [Fact]
    public void Build_PercentWeightsNotHundred_ShowsSum()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C").Add(Linear("a", 1m, 2m), 60m).Add(Linear("b", 1m, 2m), 35m).Build());

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("criteria", problem.Path);
        Assert.Equal(ScoringProblemCodes.WeightsNotHundred, problem.Code);
        Assert.Equal("Percentage weights must add up to exactly 100; these add up to 95. Fix the weights, or declare relative weights.", problem.Message);
    }

    [Fact]
    public void Build_RelativeWeights_AcceptAnyPositiveSum()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").UseRelativeWeights().Add(Linear("a", 1m, 2m), 1m).Add(Linear("b", 1m, 2m), 2m).Build();
        Assert.Equal(WeightMode.Relative, card.WeightMode);
    }

    [Fact]
    public void Build_Empty_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "Empty").Build());
        Assert.Equal("Scorecard 'Empty' has no criteria; add at least one.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Build_ZeroWeight_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C").Add(Linear("a", 1m, 2m), 0m).Build());
        Assert.Equal("criteria[0].weight", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Build_GateOnUnknownCriterionAndBand_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C")
            .Add(Linear("a", 1m, 2m), 100m)
            .WithBands(SalesTeam.Bands)
            .WithGate(ScorecardGate.CapWhenBelow("zzz", 100m, 80m))
            .WithGate(ScorecardGate.ForceBandWhenBelow("a", 100m, "Terrible"))
            .Build());

        Assert.Equal(["gates[0].criterion", "gates[1].band"], ex.Problems.Select(p => p.Path));
        Assert.Equal("The gate watches 'zzz', which is not a criterion of this scorecard.", ex.Problems[0].Message);
        Assert.Equal("The gate forces the band 'Terrible', which is not one of: Below expectations, Partially meets, Meets, Exceeds, Outstanding.", ex.Problems[1].Message);
    }

    [Fact]
    public void Build_ForceBandWithoutBands_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C")
            .Add(Linear("a", 1m, 2m), 100m)
            .WithGate(ScorecardGate.ForceBandWhenBelow("a", 100m, "Low"))
            .Build());

        Assert.Equal("The gate forces the band 'Low', but the scorecard has no rating bands.", Assert.Single(ex.Problems).Message);
    }
}

public class ScorecardOverflowTests
{
    [Fact]
    public void Score_HugeRelativeWeights_OverflowIsReportedNotRaw()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").UseRelativeWeights()
            .Add(new PerformanceCriterion("a", "A", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 7e26m)
            .Add(new PerformanceCriterion("b", "B", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 7e26m)
            .Build();

        var ex = Assert.Throws<AccountabilityException>(() => card.Score(Actuals.For("rep-1").Value("a", 100m).Value("b", 100m).Build()));

        Assert.Equal(ScoringProblemCodes.ScoreOverflow, Assert.Single(ex.Problems).Code);
        Assert.IsType<OverflowException>(ex.InnerException);
    }
}

public class ScorecardWeightOverflowTests
{
    [Fact]
    public void Build_WeightsBeyondDecimal_IsAProblemNotARawOverflow()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C").UseRelativeWeights()
            .Add(new PerformanceCriterion("a", "A", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), decimal.MaxValue)
            .Add(new PerformanceCriterion("b", "B", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), decimal.MaxValue)
            .Build());

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("criteria[1].weight", problem.Path);
        Assert.Equal("The weights add up beyond the range of decimal; use smaller weights.", problem.Message);
    }
}

public class ScoreMagnitudeTests
{
    [Fact]
    public void Build_RuleRangeBeyondMaximumMagnitude_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C")
            .Add(new PerformanceCriterion("a", "A", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 1e20m)), 100m)
            .Build());

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("criteria[0].scoring", problem.Path);
        Assert.Equal("The rule 'direct' declares scores from 0 to 100000000000000000000; scores must lie within ±1000000000000.", problem.Message);
    }
}

public class ScorecardBuilderValidateTests
{
    [Fact]
    public void Validate_ReturnsProblemsWithoutThrowingOrBuilding()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("c", "C")
            .Add(new PerformanceCriterion("a", "A", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Linear(5m, 1m)), 60m);

        IReadOnlyList<Problem> problems = builder.Validate();

        Assert.Equal(["criteria[0].scoring.threshold", "criteria"], problems.Select(p => p.Path));
        builder.Add(new PerformanceCriterion("b", "B", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 40m);
        Assert.Single(builder.Validate());
    }

    [Fact]
    public void Validate_ValidCard_IsEmpty() =>
        Assert.Empty(Scorecard.CreateBuilder("c", "C").Add(SalesTeam.Sales, 100m).Validate());
}
