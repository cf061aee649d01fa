using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class ScorecardTests
{
    [Fact]
    public void Score_WorkedExample_MatchesHandCalculation()
    {
        // sales 110000 -> 100 + 10000 * 50 / 20000 = 125; csat 4.5 -> 90 + 0.5 * 30 = 105;
        // accounts 6 -> 75; calls 90 -> 100; dso 40 -> 100 + 5 * 20 / 15 = 106.666666666667 (12 places).
        Actuals actuals = Actuals.For("rep-1")
            .Value("sales", 110_000m).Value("csat", 4.5m).Value("accounts", 6m).Value("calls", 90m).Value("dso", 40m)
            .Build();

        ScorecardResult result = SalesTeam.Card().Score(actuals);

        Assert.Equal(125m, result["sales"].Score);
        Assert.Equal(105m, result["csat"].Score);
        Assert.Equal(75m, result["accounts"].Score);
        Assert.Equal(100m, result["calls"].Score);
        Assert.Equal(106.666666666667m, result["dso"].Score);

        // 0.4*125 + 0.2*105 + 0.15*75 + 0.15*100 + 0.1*106.666666666667 = 107.9166666666667 -> 12 places
        Assert.Equal(107.916666666667m, result.Score);
        Assert.Equal("Meets", result.Band!.Name);
        Assert.Equal(result.WeightedScore, result.Criteria.Sum(c => c.Contribution));
        Assert.Equal(100m, result.Criteria.Sum(c => c.EffectiveWeight));
        Assert.Equal(50m, result["sales"].Contribution);
    }

    [Fact]
    public void Score_Explanation_TracesEveryNumber()
    {
        Actuals actuals = Actuals.For("rep-1")
            .Value("sales", 110_000m).Value("csat", 4.5m).Value("accounts", 6m).Value("calls", 90m).Value("dso", 40m)
            .Build();

        ScorecardResult result = SalesTeam.Card().Score(actuals);

        Assert.Equal(
            "Sales amount (sales): actual 110000 USD scored 125.00 by linear (threshold 80000, target 100000, stretch 120000, cap 150); weight 40%, counted 40.00%, contributes 50.00.",
            result["sales"].Explanation);
        Assert.Equal("rep-1: 107.92 (Meets)", result.ToString());
        string text = result.Explain();
        Assert.StartsWith("Scorecard 'Sales representative' (sales-rep) for rep-1: 107.92 -> Meets", text, StringComparison.Ordinal);
        Assert.Contains("Call-plan compliance (calls): actual 90 % scored 100.00 by banded (steps [-inf, 70) -> 0; [70, 85) -> 60; [85, 95) -> 100; [95, +inf) -> 110)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RelativeThirds_StayExactThirds()
    {
        Scorecard card = Scorecard.CreateBuilder("final", "Final rating")
            .UseRelativeWeights()
            .Add(new PerformanceCriterion("goals", "Goal attainment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 150m)), 1m)
            .Add(new PerformanceCriterion("manager", "Manager rating", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 1m)
            .Add(new PerformanceCriterion("self", "Self-assessment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 1m)
            .Build();

        ScorecardResult result = card.Score(Actuals.For("rep-1").Value("goals", 100m).Value("manager", 50m).Value("self", 0m).Build());

        Assert.Equal(50m, result.Score);
        Assert.Equal(100m, result.Criteria.Sum(c => c.EffectiveWeight));
        Assert.Equal(50m, result.Criteria.Sum(c => c.Contribution));
        Assert.Equal(33.333333333333m, result["goals"].Contribution);
        Assert.Equal(16.666666666667m, result["manager"].Contribution);
        Assert.Equal(0m, result["self"].Contribution);
        Assert.Equal([33.333333333334m, 33.333333333333m, 33.333333333333m], result.Criteria.Select(c => c.EffectiveWeight));
    }

    [Fact]
    public void Score_NotApplicable_LeavesOutAndRenormalises()
    {
        Actuals actuals = Actuals.For("rep-new")
            .Value("sales", 100_000m).NotApplicable("csat", "No customers surveyed yet").Value("accounts", 8m).Value("calls", 90m).Value("dso", 45m)
            .Build();

        ScorecardResult result = SalesTeam.Card().Score(actuals);

        Assert.Equal(100m, result.Score);
        Assert.Equal(CriterionStatus.NotApplicable, result["csat"].Status);
        Assert.Null(result["csat"].Score);
        Assert.Equal(0m, result["csat"].EffectiveWeight);
        Assert.Equal(50m, result["sales"].EffectiveWeight); // 40 of the remaining 80
        Assert.Equal(100m, result.Criteria.Sum(c => c.EffectiveWeight));
        Assert.Single(result.NotApplicable);
        Assert.Equal(
            "Customer satisfaction (csat): not applicable (No customers surveyed yet); left out (weight 20%); the other weights were re-normalised.",
            result["csat"].Explanation);
    }

    [Fact]
    public void Score_MissingUnderFail_ListsEveryMissingValue()
    {
        var ex = Assert.Throws<AccountabilityException>(() => SalesTeam.Card().Score(Actuals.For("rep-2").Value("sales", 1m).Value("calls", 90m).Value("dso", 40m).Build()));

        Assert.Equal(["values[accounts]", "values[csat]"], ex.Problems.Select(p => p.Path));
        Assert.Equal(
            "No value for 'New accounts opened' (accounts) for 'rep-2', and scorecard 'Sales representative' fails on missing values. Give a value, mark it not applicable, or choose another missing-value policy.",
            ex.Problems[0].Message);
        Assert.All(ex.Problems, p => Assert.Equal(ScoringProblemCodes.MissingValue, p.Code));
    }

    [Fact]
    public void Score_MissingUnderScoreZero_ScoresZeroWithFullWeight()
    {
        ScorecardResult result = SalesTeam.Card(MissingValuePolicy.ScoreZero)
            .Score(Actuals.For("rep-2").Value("sales", 100_000m).Value("csat", 4m).Value("accounts", 8m).Value("calls", 90m).Build());

        Assert.Equal(CriterionStatus.MissingScoredZero, result["dso"].Status);
        Assert.Equal(0m, result["dso"].Score);
        Assert.Equal(10m, result["dso"].EffectiveWeight);
        Assert.Equal(0.4m * 100 + 0.2m * 90 + 0.15m * 100 + 0.15m * 100, result.Score);
        Assert.Single(result.Missing);
    }

    [Fact]
    public void Score_MissingUnderExclude_Renormalises()
    {
        ScorecardResult result = SalesTeam.Card(MissingValuePolicy.Exclude)
            .Score(Actuals.For("rep-2").Value("sales", 100_000m).Value("csat", 4m).Value("accounts", 8m).Value("calls", 90m).Build());

        Assert.Equal(CriterionStatus.MissingExcluded, result["dso"].Status);
        Assert.Equal((40m * 100 + 20m * 90 + 15m * 100 + 15m * 100) / 90m, result.Score!.Value, 11);
        Assert.Equal(100m, result.Criteria.Sum(c => c.EffectiveWeight));
        Assert.Equal(result.WeightedScore, result.Criteria.Sum(c => c.Contribution));
    }

    [Fact]
    public void Score_EverythingLeftOut_IsNotRated()
    {
        Scorecard card = Scorecard.CreateBuilder("one", "One").Add(SalesTeam.Sales, 100m).WithBands(SalesTeam.Bands).Build();

        ScorecardResult result = card.Score(Actuals.For("rep-3").NotApplicable("sales", "On leave").Build());

        Assert.False(result.IsRated);
        Assert.Null(result.Score);
        Assert.Null(result.Band);
        Assert.Equal("rep-3: not rated", result.ToString());
        Assert.Contains("not rated: no criterion could be included", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownCriterion_IsRejectedNotIgnored()
    {
        var ex = Assert.Throws<AccountabilityException>(() => SalesTeam.Card().Score(Actuals.For("rep-1").Value("revenue", 5m).Build()));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("values[revenue]", problem.Path);
        Assert.Equal("Scorecard 'Sales representative' has no criterion 'revenue'. Its criteria: sales, csat, accounts, calls, dso.", problem.Message);
    }

    [Fact]
    public void Actuals_SameCriterionTwice_IsRejected()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Actuals.For("rep-1").Value("sales", 1m).Value("sales", 2m).Build());

        Assert.Equal("The criterion 'sales' is given more than once for 'rep-1'; give each criterion once.", Assert.Single(ex.Problems).Message);
    }

    [Fact]
    public void Score_ValueOutsideSteps_NamesCriterionRuleAndSubject()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C")
            .Add(new PerformanceCriterion("calls", "Call-plan compliance", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Banded(new ScoreStep(0m, 50m, 0m), new ScoreStep(50m, 101m, 100m))), 100m)
            .Build();

        var ex = Assert.Throws<AccountabilityException>(() => card.Score(Actuals.For("rep-1").Value("calls", 120m).Build()));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("values[calls]", problem.Path);
        Assert.Equal(ScoringProblemCodes.ActualOutOfDomain, problem.Code);
        Assert.Equal(
            "The actual value 120 falls in no step of the table ([0, 50) -> 0; [50, 101) -> 100). (criterion 'Call-plan compliance' (calls), rule 'banded', subject 'rep-1')",
            problem.Message);
    }

    [Fact]
    public void ScorecardOfScorecards_KeepsInnerExplanation()
    {
        ScorecardResult goals = SalesTeam.Card().Score(Actuals.For("rep-1")
            .Value("sales", 110_000m).Value("csat", 4.5m).Value("accounts", 6m).Value("calls", 90m).Value("dso", 40m).Build());
        Scorecard final = Scorecard.CreateBuilder("final", "Final rating")
            .Add(new PerformanceCriterion("goals", "Goal attainment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 150m)), 60m)
            .Add(new PerformanceCriterion("manager", "Manager rating", "points", CriterionDirection.HigherIsBetter, ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(5m, 120m)])), 30m)
            .Add(new PerformanceCriterion("self", "Self-assessment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(5m, 120m)])), 10m)
            .WithBands(SalesTeam.Bands)
            .Build();

        ScorecardResult result = final.Score(Actuals.For("rep-1").Result("goals", goals).Value("manager", 4m).Value("self", 5m).Build());

        Assert.Same(goals, result["goals"].Source);
        Assert.Equal(goals.Score, result["goals"].Actual);
        Assert.Equal(goals.Score, result["goals"].Score);
        Assert.Equal(ScorePrecision.Round((0.6m * goals.Score!.Value) + (0.3m * 90m) + (0.1m * 120m)), result.Score);
        string text = result.Explain();
        Assert.Contains("(overall score of scorecard 'Sales representative')", text, StringComparison.Ordinal);
        Assert.Contains("      Scorecard 'Sales representative' (sales-rep) for rep-1: 107.92 -> Meets", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ScorecardOfScorecards_UnratedInner_IsNotApplicable()
    {
        Scorecard inner = Scorecard.CreateBuilder("inner", "Inner").Add(SalesTeam.Sales, 100m).Build();
        ScorecardResult unrated = inner.Score(Actuals.For("rep-1").NotApplicable("sales", "New").Build());
        Scorecard outer = Scorecard.CreateBuilder("outer", "Outer")
            .Add(new PerformanceCriterion("inner", "Inner", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 50m)
            .Add(new PerformanceCriterion("other", "Other", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 50m)
            .Build();

        ScorecardResult result = outer.Score(Actuals.For("rep-1").Result("inner", unrated).Value("other", 80m).Build());

        Assert.Equal(CriterionStatus.NotApplicable, result["inner"].Status);
        Assert.Equal(80m, result.Score);
        Assert.Contains("not applicable (Scorecard 'Inner' could not be rated.)", result["inner"].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_AfterBuild_RefusesChanges()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("one", "One").Add(SalesTeam.Sales, 100m);
        builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(() => builder.Add(SalesTeam.Dso, 1m));
        Assert.Equal("Scorecard 'One' was already built; start a new builder to change it.", ex.Message);
    }

    [Fact]
    public void Builder_NullArguments_ThrowArgumentNull()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("one", "One");
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!, 1m));
        Assert.Throws<ArgumentNullException>(() => builder.WithBands(null!));
        Assert.Throws<ArgumentNullException>(() => builder.WithGate(null!));
        Assert.Throws<ArgumentNullException>(() => builder.Build(null!));
        Assert.Throws<ArgumentException>(() => Scorecard.CreateBuilder(default, "x"));
        Assert.Throws<ArgumentNullException>(() => SalesTeam.Card().Score(null!));
    }

    [Fact]
    public void ScorecardOfScorecards_ResultOfAnotherSubject_IsRejected()
    {
        Scorecard inner = Scorecard.CreateBuilder("inner", "Inner").Add(SalesTeam.Sales, 100m).Build();
        ScorecardResult other = inner.Score(Actuals.For("rep-2").Value("sales", 100_000m).Build());

        var ex = Assert.Throws<AccountabilityException>(() => Actuals.For("rep-1").Result("goals", other).Build());

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("values[goals]", problem.Path);
        Assert.Equal("The result of scorecard 'Inner' given for 'goals' is for 'rep-2', not 'rep-1'.", problem.Message);
    }
}
