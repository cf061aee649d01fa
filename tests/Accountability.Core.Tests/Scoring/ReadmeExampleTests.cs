using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

/// <summary>The README's ten-line example, kept true.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_ScoresAsDocumented()
    {
        var sales = new PerformanceCriterion("sales", "Sales amount", "USD", CriterionDirection.HigherIsBetter,
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
    }
}
