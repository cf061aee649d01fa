using Accountability.Criteria;
using Accountability.Goals;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

/// <summary>The README's ten-line example, kept true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_ScoresAsDocumented()
    {
        var sales = new PerformanceCriterion("sales", "Sales amount", MeasurementUnit.Money(Currency.USD), CriterionDirection.HigherIsBetter,
            ScoringMethod.Linear(threshold: 80_000m, target: 100_000m, stretch: 120_000m, cap: 150m));
        var dso = new PerformanceCriterion("dso", "Days sales outstanding", "days", CriterionDirection.LowerIsBetter,
            ScoringMethod.Linear(threshold: 60m, target: 45m));
        Scorecard card = Scorecard.CreateBuilder("rep", "Sales representative")
            .Add(sales, 70m).Add(dso, 30m)
            .WithBands(RatingBands.StartingWith("Below").Then(90m, "Meets").Then(110m, "Exceeds"))
            .Build();
        ScorecardResult r = card.Score(Actuals.For("rep-1").Value("sales", 110_000m).Value("dso", 50m).Build());

        Assert.Equal(107.5m, r.Score);
        Assert.Equal("Meets", r.Band!.Name);
        Assert.StartsWith("Scorecard 'Sales representative' (rep) for rep-1: 107.50 -> Meets", r.Explain(), StringComparison.Ordinal);
        Assert.Equal("107.500000000000", r.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("actual 110000 USD scored 125.00 by linear (threshold 80000, target 100000, stretch 120000, cap 150)", r.Explain(), StringComparison.Ordinal);
    }

    /// <summary>The README's custom rule: reads its parameter once, typed, when bound; scores through the slot.</summary>
    private sealed class SquareRule : IScoringRule
    {
        public string Name => "square";

        public CriterionScorer? Bind(ScoringRuleBindContext context)
        {
            ReferenceSlot target = context.Reference("target"); // reports value-required at scoring.values[target] when missing
            if (context.TryGetValue("target", out decimal t) && t <= 0m)
            {
                context.Error(ScoringRuleBindContext.ValuePath("target"), ScoringProblemCodes.ValueOutOfRange, "The target must be positive.");
            }

            return context.HasErrors ? null : new Scorer(target);
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

    [Fact]
    public void ReadmeCustomRuleExample_ScoresAsDocumented()
    {
        ScoringRuleRegistry rules = ScoringRuleRegistry.Create(new SquareRule());
        var visits = new PerformanceCriterion("visits", "Hospital visits", MeasurementUnit.Count("visits"), CriterionDirection.HigherIsBetter,
            ScoringMethod.Custom("square", new Dictionary<string, decimal> { ["target"] = 10m }));
        Scorecard card = Scorecard.CreateBuilder("field", "Field work").Add(visits, 100m).Build(rules);

        Assert.Equal(81m, card.Score(Actuals.For("rep-1").Value("visits", 9m).Build()).Score);
        Assert.Equal(81m, card.ScoreOnly(Actuals.For("rep-1").Value("visits", 9m).Build()).Score);
        var bad = new PerformanceCriterion("visits", "Hospital visits", "visits", CriterionDirection.HigherIsBetter, ScoringMethod.Custom("square"));
        Assert.Equal("criteria[0].scoring.values[target]", Assert.Single(Scorecard.CreateBuilder("field", "Field work").Add(bad, 100m).Validate(rules)).Path);
    }

    [Fact]
    public void ReadmeGoalsExample_BuildsAndAddsUp()
    {
        long[] seats = Apportionment.Apportion(10, [6m, 6m, 2m], ApportionmentMethod.DHondt);
        GoalTree tree = new GoalTreeBuilder()
            .Add("company", "ceo", Target.Money(12_000_000m, Currency.USD), ReportingPeriod.FiscalYear(2026, 4))
            .AddSplit("company", [new PlannedGoal("north", "nadia", SplitPart.Weighted(4_210_000m)),
                                  new PlannedGoal("south", "samir", SplitPart.Weighted(3_120_500m))])
            .AddMonthlySplit("north", SeasonalityProfile.Create([6m, 7m, 8m, 8m, 8m, 9m, 9m, 9m, 8m, 8m, 9m, 11m]))
            .Build();

        Assert.Equal(10, seats.Sum());
        Assert.Equal([5L, 4L, 1L], seats);
        Assert.Equal(2, tree.ChildrenOf("company").Count);
        Assert.Equal(12, tree.ChildrenOf("north").Count);
    }
}
