using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

/// <summary>The running example: a pharmaceutical sales rep's scorecard.</summary>
internal static class SalesTeam
{
    public static readonly PerformanceCriterion Sales = new(
        "sales", "Sales amount", "USD", CriterionDirection.HigherIsBetter,
        ScoringMethod.Linear(threshold: 80_000m, target: 100_000m, stretch: 120_000m, cap: 150m));

    public static readonly PerformanceCriterion Satisfaction = new(
        "csat", "Customer satisfaction", "points (1-5)", CriterionDirection.HigherIsBetter,
        ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(3m, 60m), new RatingPoint(4m, 90m), new RatingPoint(5m, 120m)]));

    public static readonly PerformanceCriterion NewAccounts = new(
        "accounts", "New accounts opened", "accounts", CriterionDirection.HigherIsBetter,
        ScoringMethod.RatioToTarget(target: 8m, cap: 150m));

    public static readonly PerformanceCriterion CallPlan = new(
        "calls", "Call-plan compliance", "%", CriterionDirection.HigherIsBetter,
        ScoringMethod.Banded(new ScoreStep(null, 70m, 0m), new ScoreStep(70m, 85m, 60m), new ScoreStep(85m, 95m, 100m), new ScoreStep(95m, null, 110m)));

    public static readonly PerformanceCriterion Dso = new(
        "dso", "Days sales outstanding", "days", CriterionDirection.LowerIsBetter,
        ScoringMethod.Linear(threshold: 60m, target: 45m, stretch: 30m, cap: 120m));

    public static readonly RatingBands Bands = RatingBands.StartingWith("Below expectations")
        .Then(60m, "Partially meets")
        .Then(90m, "Meets")
        .Then(110m, "Exceeds")
        .Then(130m, "Outstanding");

    public static Scorecard Card(MissingValuePolicy missing = MissingValuePolicy.Fail) =>
        Scorecard.CreateBuilder("sales-rep", "Sales representative")
            .Add(Sales, 40m)
            .Add(Satisfaction, 20m)
            .Add(NewAccounts, 15m)
            .Add(CallPlan, 15m)
            .Add(Dso, 10m)
            .WithBands(Bands)
            .WithMissingValues(missing)
            .Build();
}
