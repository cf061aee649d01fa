using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Serialization;

/// <summary>Models with every kind of setting, used by the document tests.</summary>
internal static class DocumentExamples
{
    public static ScoringRuleRegistry Rules { get; } = ScoringRuleRegistry.Create(new DoubleRule());

    public static Scorecard EveryRule() =>
        Scorecard.CreateBuilder("sales-rep", "Sales representative")
            .Add(new PerformanceCriterion("sales", "Sales amount", MeasurementUnit.Money(Currency.CNY), CriterionDirection.HigherIsBetter,
                ScoringMethod.Linear(new Money(800_000.00m, Currency.CNY), new Money(1_000_000.00m, Currency.CNY), new Money(1_200_000.00m, Currency.CNY), cap: 150.0m),
                workItem: "hospital-sales", description: "Invoiced sales, net of returns."), 30.0m, ["target"])
            .Add(new PerformanceCriterion("accounts", "New accounts", MeasurementUnit.Count("accounts"), CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(6m, 150m)), 10m)
            .Add(new PerformanceCriterion("calls", "Call-plan compliance", "%", CriterionDirection.HigherIsBetter,
                ScoringMethod.Banded(new ScoreStep(null, 70m, 0m), new ScoreStep(70m, 85m, 60m), new ScoreStep(85m, null, 100m))), 10m)
            .Add(new PerformanceCriterion("training", "Training passed", "", CriterionDirection.ClosestToTargetIsBest, ScoringMethod.Binary(1m, 100m, 0m, 0.001m)), 5m)
            .Add(new PerformanceCriterion("csat", "Satisfaction", MeasurementUnit.Rate("/5", 1), CriterionDirection.HigherIsBetter,
                ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(3m, 60m), new RatingPoint(5m, 120m)], interpolate: false)), 10m)
            .Add(new PerformanceCriterion("stock", "Days of stock", MeasurementUnit.Quantity("days", 1), CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(20m, 30m, 5m, 10m)), 10m)
            .Add(new PerformanceCriterion("manager", "Manager rating", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(120m)), 10m)
            .Add(new PerformanceCriterion("dso", "Days sales outstanding", "days", CriterionDirection.LowerIsBetter,
                ScoringMethod.Formula("clamp(100 + (target - actual) * 2, 0, 120)", new Dictionary<string, decimal> { ["target"] = 60m }, new ScoreRange(0m, 120m))), 10m)
            .Add(new PerformanceCriterion("visits", "Visits", "visits", CriterionDirection.HigherIsBetter,
                ScoringMethod.Custom("double", new Dictionary<string, decimal> { ["cap"] = 150.00m })), 5m)
            .WithBands(RatingBands.StartingWith("Below").Then(60.0m, "Partially meets").Then(90m, "Meets").Then(110m, "Exceeds"))
            .WithGate(ScorecardGate.CapWhenBelow("training", 100m, 80m))
            .WithGate(ScorecardGate.ForceBandWhenBelow("csat", 1m, "Below"))
            .WithMissingValues(MissingValuePolicy.Exclude)
            .Build(Rules);

    public static Actuals Ana() =>
        Actuals.For("ana")
            .Value("sales", 1_050_000.50m)
            .Value("accounts", 7m)
            .Value("calls", 88.0m)
            .Value("training", 1m)
            .Value("csat", 5.0m)
            .Value("stock", 27.5m)
            .Value("manager", 95m)
            .Value("dso", 55m)
            .NotApplicable("visits", "on leave in May")
            .Reference("sales", "target", 1_100_000.00m, new ReferenceSource("goal ana (2026), decomposed from north", "ana"))
            .Build();

    public static Actuals Ben() =>
        Actuals.For("ben").Value("sales", 900_000m).Value("accounts", 3m).Value("calls", 71m).Value("training", 0m).Value("csat", 3m)
            .Value("stock", 31m).Value("manager", 70m).Value("dso", 66m).Value("visits", 40m)
            .Reference("sales", "target", 950_000m).Build();

    /// <summary>A custom rule: twice the actual, up to the cap.</summary>
    private sealed class DoubleRule : IScoringRule
    {
        public string Name => "double";

        public CriterionScorer? Bind(ScoringRuleBindContext context)
        {
            decimal cap = context.Require("cap");
            return context.HasErrors ? null : new Scorer(cap);
        }

        private sealed class Scorer(decimal cap) : CriterionScorer(new ScoreRange(0m, cap))
        {
            public override decimal Score(in ScoringContext context) => Math.Min(cap, context.Actual * 2m);
        }
    }
}
