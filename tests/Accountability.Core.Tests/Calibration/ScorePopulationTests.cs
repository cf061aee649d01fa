using Accountability.Calibration;
using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Calibration;

public class ScorePopulationTests
{
    private static Scorecard Card() =>
        Scorecard.CreateBuilder("card", "Card")
            .Add(new PerformanceCriterion("sales", "Sales", "u", CriterionDirection.HigherIsBetter, ScoringMethod.Linear(0m, 100m, 200m, 150m)), 100m)
            .Build();

    [Fact]
    public void From_BatchScores_KeepsScoredSubjects_AndListsTheOthersWithTheReason()
    {
        Scorecard card = Card();
        ActualsTable table = card.CreateTable(["ana", "ben", "cy"]);
        table.Set(0, 0, 100m);
        table.Set(1, 0, 50m);
        table.SetNotApplicable(2, 0);
        ScorePopulation population = ScorePopulation.From(card.ScoreBatch(table));
        Assert.Equal([("ana", 100m), ("ben", 50m)], population.Scores.Select(s => (s.Subject.Value, s.Score)));
        Assert.Equal([("cy", "not rated")], population.Excluded.Select(s => (s.Subject.Value, s.Reason)));
        Assert.Equal("ana", Ranking.Create(population.Scores).Entries[0].Subject.Value);
    }

    [Fact]
    public void From_ExplainedResults_KeepsScoredSubjects()
    {
        Scorecard card = Card();
        ScorecardResult ana = card.Score(Actuals.For("ana").Value("sales", 150m).Build());
        ScorePopulation population = ScorePopulation.From([ana]);
        Assert.Equal(125m, Assert.Single(population.Scores).Score);
        Assert.Empty(population.Excluded);
        Assert.Throws<ArgumentNullException>(() => ScorePopulation.From((IEnumerable<ScorecardResult>)null!));
        Assert.Throws<ArgumentNullException>(() => ScorePopulation.From([(ScorecardResult)null!]));
    }
}
