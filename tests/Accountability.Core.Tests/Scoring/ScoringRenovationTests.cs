using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Scoring;

/// <summary>Issue 7: one scale for scores, exact weight sums, typed units, bind-once rules, nesting depth, cheap single scores.</summary>
public class ScoringRenovationTests
{
    private static IEnumerable<decimal> ExposedScores(ScorecardResult r)
    {
        foreach (decimal? d in new[] { r.Score, r.WeightedScore })
        {
            if (d is { } v)
            {
                yield return v;
            }
        }

        foreach (CriterionResult c in r.Criteria)
        {
            if (c.Score is { } s)
            {
                yield return s;
            }

            yield return c.EffectiveWeight;
            yield return c.Contribution;
            if (c.Source is { } source)
            {
                foreach (decimal inner in ExposedScores(source))
                {
                    yield return inner;
                }
            }
        }

        foreach (GateOutcome g in r.Gates)
        {
            if (g.CriterionScore is { } s)
            {
                yield return s;
            }
        }
    }

    [Property(Arbitrary = [typeof(CardArbitraries)], MaxTest = 200)]
    public Property EveryScoreAResultExposes_HasExactlyTwelvePlaces_SingleBatchExplainedAndNested(CardCase c)
    {
        Scorecard card = c.Build();
        Actuals actuals = c.Actuals();
        ScorecardResult single = card.Score(actuals);
        SubjectScore only = card.ScoreOnly(actuals);
        ActualsTable table = card.CreateTable(["subject"]);
        foreach ((CriterionId id, ActualValue value) in actuals.Entries)
        {
            if (value.Value is { } v)
            {
                table.Set(0, id, v);
            }
            else
            {
                table.SetNotApplicable(0, table.ColumnOf(id));
            }
        }

        SubjectScore batch = card.ScoreBatch(table)[0];
        ScorecardResult explained = card.Explain(table, 0);
        Scorecard outer = Scorecard.CreateBuilder("outer", "Outer")
            .Add(new PerformanceCriterion("inner", "Inner", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 1_000_000m, floor: -1_000_000m)), 100m)
            .Build();
        ScorecardResult nested = outer.Score(Actuals.For("subject").Result("inner", single).Build());

        decimal[] all =
        [
            .. ExposedScores(single), .. ExposedScores(explained), .. ExposedScores(nested),
            .. new[] { only.Score, only.WeightedScore, batch.Score, batch.WeightedScore }.Where(v => v is not null).Select(v => v!.Value),
        ];
        bool sameNumbers = single.Score == only.Score && only.Score == batch.Score && batch.Score == explained.Score;
        return (all.All(v => v.Scale == ScorePrecision.Decimals) && sameNumbers)
            .Label($"{c}: scales {string.Join(",", all.Select(v => v.Scale).Distinct())}; scores {single.Score}/{only.Score}/{batch.Score}/{explained.Score}");
    }

    [Fact]
    public void Scores_OfOneSubjectPrintAlike()
    {
        Scorecard card = SalesTeam.Card(MissingValuePolicy.Exclude);
        ScorecardResult r = card.Score(Actuals.For("rep-1").Value("sales", 110_000m).Value("accounts", 12m).Value("calls", 90m).Build());
        Assert.Equal("125.000000000000", r["sales"].Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("100.000000000000", r["calls"].Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(12, r.Score!.Value.Scale);
    }

    [Fact]
    public void PercentWeights_WhoseExactSumIsNotHundred_AreRejectedWithTheExactSum()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("c", "C")
            .Add(new PerformanceCriterion("a", "A", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 6.2500000000000000000000000001m)
            .Add(new PerformanceCriterion("b", "B", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 93.75m);

        Problem problem = Assert.Single(builder.Validate());
        Assert.Equal(ScoringProblemCodes.WeightsNotHundred, problem.Code);
        Assert.Equal("criteria", problem.Path);
        Assert.Equal("Percentage weights must add up to exactly 100; these add up to 100.0000000000000000000000000001. Fix the weights, or declare relative weights.", problem.Message);
    }

    [Fact]
    public void PercentWeights_ExactlyHundred_WithManyPlaces_AreAccepted()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("c", "C")
            .Add(new PerformanceCriterion("a", "A", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 50.000000000000000000000000001m)
            .Add(new PerformanceCriterion("b", "B", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 49.999999999999999999999999999m);
        Assert.Empty(builder.Validate());
    }

    [Fact]
    public void TypedUnit_MoneyTargetInAnotherCurrency_IsRejectedNamingBothUnits()
    {
        var sales = new PerformanceCriterion(
            "sales", "Sales amount", MeasurementUnit.Money(Currency.USD), CriterionDirection.HigherIsBetter,
            ScoringMethod.Linear(new Money(80_000m, Currency.EUR), new Money(100_000m, Currency.EUR)));

        var ex = Assert.Throws<AccountabilityException>(() => Scorecard.CreateBuilder("c", "C").Add(sales, 100m).Build());
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(KernelProblemCodes.CurrencyMismatch, problem.Code);
        Assert.Equal("criteria[0].scoring.unit", problem.Path);
        Assert.Equal("The criterion 'Sales amount' (sales) is measured in money in USD but its scoring settings are stated in money in EUR; state them in USD.", problem.Message);
    }

    [Fact]
    public void TypedUnit_OtherUnit_IsAUnitMismatch_AndTheSameUnitScores()
    {
        var deals = new PerformanceCriterion("deals", "Deals", MeasurementUnit.Count("deals"), CriterionDirection.HigherIsBetter,
            ScoringMethod.RatioToTarget(10m, 150m));
        Assert.Empty(Scorecard.CreateBuilder("c", "C").Add(deals, 100m).Validate());

        var wrong = new PerformanceCriterion("deals", "Deals", MeasurementUnit.Count("deals"), CriterionDirection.HigherIsBetter,
            new RatioToTargetScoring(10m, 150m) { Unit = MeasurementUnit.Count("visits") });
        Assert.Equal(KernelProblemCodes.UnitMismatch, Assert.Single(Scorecard.CreateBuilder("c", "C").Add(wrong, 100m).Validate()).Code);

        var sales = new PerformanceCriterion("sales", "Sales", MeasurementUnit.Money(Currency.USD), CriterionDirection.HigherIsBetter,
            ScoringMethod.RatioToTarget(new Money(100m, Currency.USD), 150m));
        ScorecardResult r = Scorecard.CreateBuilder("c", "C").Add(sales, 100m).Build().Score(Actuals.For("rep").Value("sales", 90m).Build());
        Assert.Equal(90m, r.Score);
        Assert.Equal("USD", sales.Unit);
        Assert.StartsWith("Sales (sales): actual 90 USD scored 90.00 by ratio-to-target (target 100, floor 0, cap 150)", r["sales"].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void MoneySettings_InTwoCurrencies_AreRejectedWhenCreated()
    {
        var ex = Assert.Throws<AccountabilityException>(() => ScoringMethod.Linear(new Money(1m, Currency.USD), new Money(2m, Currency.EUR)));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(KernelProblemCodes.CurrencyMismatch, problem.Code);
        Assert.Equal("target", problem.Path);
        Assert.Equal("The target is in EUR but the threshold is in USD; give every amount in one currency.", problem.Message);
    }

    private sealed class CountingRule : IScoringRule
    {
        public int Binds { get; private set; }

        public string Name => "counting";

        public CriterionScorer? Bind(ScoringRuleBindContext context)
        {
            Binds++;
            return new Scorer(context.Reference("target"), context.Require("cap"));
        }

        private sealed class Scorer(ReferenceSlot target, decimal cap) : CriterionScorer(new ScoreRange(0m, cap))
        {
            public override decimal Score(in ScoringContext context) => Math.Min(cap, context.Actual * 100m / context.Reference(target));
        }
    }

    [Fact]
    public void CustomRule_BindsOncePerCriterion_AndReadsItsParametersTyped()
    {
        var rule = new CountingRule();
        var criterion = new PerformanceCriterion("k", "K", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Custom("counting", new Dictionary<string, decimal> { ["target"] = 8m, ["cap"] = 150m }));
        Scorecard card = Scorecard.CreateBuilder("c", "C").Add(criterion, 100m).Build(ScoringRuleRegistry.Create(rule));
        ActualsTable table = card.CreateTable(Enumerable.Range(0, 100).Select(i => new PartyId($"p{i}")));
        for (int i = 0; i < 100; i++)
        {
            table.Set(i, 0, i);
        }

        SubjectScore[] scores = card.ScoreBatch(table);
        Assert.Equal(1, rule.Binds);
        Assert.Equal(50m, scores[4].Score);
        Assert.Equal(150m, scores[99].Score);
        Assert.Equal(150m, card.Criteria[0].Range.Maximum);
    }

    [Fact]
    public void CustomRule_MissingParameter_IsReportedAtItsPath()
    {
        var criterion = new PerformanceCriterion("k", "K", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Custom("counting"));
        IReadOnlyList<Problem> problems = Scorecard.CreateBuilder("c", "C").Add(criterion, 100m).Validate(ScoringRuleRegistry.Create(new CountingRule()));
        Assert.Equal(["criteria[0].scoring.values[target]", "criteria[0].scoring.values[cap]"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal(ScoringProblemCodes.ValueRequired, p.Code));
        Assert.Equal("The 'counting' rule needs a value named 'target'.", problems[0].Message);
    }

    private sealed class ForeignSlotRule : IScoringRule
    {
        public string Name => "foreign-slot";

        public CriterionScorer? Bind(ScoringRuleBindContext context) => new Scorer();

        private sealed class Scorer() : CriterionScorer(new ScoreRange(0m, 100m))
        {
            public override decimal Score(in ScoringContext context) => context.Reference(default);
        }
    }

    [Fact]
    public void Scorer_ReadingASlotItDidNotTake_IsTheRulesFault()
    {
        var criterion = new PerformanceCriterion("k", "K", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Custom("foreign-slot"));
        Scorecard card = Scorecard.CreateBuilder("c", "C").Add(criterion, 100m).Build(ScoringRuleRegistry.Create(new ForeignSlotRule()));
        var ex = Assert.Throws<AccountabilityException>(() => card.Score(Actuals.For("p").Value("k", 1m).Build()));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.RuleFault, problem.Code);
        Assert.Contains("failed while scoring 1 for 'p' on criterion 'K' (k): InvalidOperationException: The reference value '' was not taken when this criterion was bound.", problem.Message, StringComparison.Ordinal);
    }

    private static Scorecard Level(int i) =>
        Scorecard.CreateBuilder($"level-{i}", $"Level {i}")
            .Add(new PerformanceCriterion("below", "Below", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 100m)
            .Build();

    [Fact]
    public void NestedResults_ExplainIterativelyUpToTheLimit_AndOneDeeperIsAProblem()
    {
        Scorecard card = Level(0);
        ScorecardResult result = card.Score(Actuals.For("p").Value("below", 50m).Build());
        for (int i = 1; i < ScorecardResult.MaxNestingDepth; i++)
        {
            result = card.Score(Actuals.For("p").Result("below", result).Build());
        }

        Assert.Equal(ScorecardResult.MaxNestingDepth, result.Depth);
        string text = result.Explain();
        Assert.Equal(ScorecardResult.MaxNestingDepth * 2, text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Length);

        var ex = Assert.Throws<AccountabilityException>(() => Actuals.For("p").Result("below", result).Build());
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.NestingTooDeep, problem.Code);
        Assert.Equal("values[below]", problem.Path);
        Assert.Equal("The result of scorecard 'Level 0' given for 'below' already nests 100 levels of scorecards; results can be nested at most 100 deep.", problem.Message);
    }

    [Fact]
    public void ScoreOnly_EqualsTheExplainedNumbers_AndTextIsWrittenOnlyWhenAsked()
    {
        Scorecard card = SalesTeam.Card();
        Actuals actuals = Actuals.For("rep-1").Value("sales", 104_000m).Value("csat", 4.2m).Value("accounts", 9m).Value("calls", 91m).Value("dso", 41m).Build();
        ScorecardResult r = card.Score(actuals);
        SubjectScore s = card.ScoreOnly(actuals);
        Assert.Equal(r.Score, s.Score);
        Assert.Equal(r.WeightedScore, s.WeightedScore);
        Assert.Same(r.Band, s.Band);
        Assert.Equal(r["sales"].Explanation, r["sales"].ToString());
    }
}
