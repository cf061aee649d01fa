using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

/// <summary>A formula rule reads the subject's own reference values where the scorecard declares them per subject.</summary>
public class FormulaPerSubjectTests
{
    private static readonly PerformanceCriterion Sales = new(
        "sales",
        "Sales amount",
        MeasurementUnit.Money(Currency.USD),
        CriterionDirection.HigherIsBetter,
        ScoringMethod.Formula("clamp(actual * 100 / target, 0, 150)", new Dictionary<string, decimal> { ["target"] = 100m }, new ScoreRange(0m, 150m)));

    private static Scorecard Card() =>
        Scorecard.CreateBuilder("reps", "Sales reps").Add(Sales, 100m, perSubject: ["target"]).Build();

    [Fact]
    public void Score_UsesEachSubjectsOwnTarget_AndTheExplanationShowsIt()
    {
        Scorecard card = Card();
        ScorecardResult ana = card.Score(Actuals.For("ana").Value("sales", 90m).Reference("sales", "target", 120m, new ReferenceSource("goal ana (2026)")).Build());
        ScorecardResult bo = card.Score(Actuals.For("bo").Value("sales", 90m).Reference("sales", "target", 60m).Build());

        Assert.Equal(75.000000000000m, ana.Score);
        Assert.Equal(150.000000000000m, bo.Score);
        string line = ana.Criteria[0].Explanation;
        Assert.Contains("target = 120", line, StringComparison.Ordinal);
        Assert.Contains("goal ana (2026)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreBatch_PerRowTargets_MatchSingleScoring_AndAZeroTargetFaultsOnlyThatSubject()
    {
        Scorecard card = Card();
        ActualsTable table = card.CreateTable([new PartyId("ana"), new PartyId("bo"), new PartyId("cy")]);
        table.SetRow(0, [90m], [120m], null);
        table.SetRow(1, [90m], [60m], null);
        table.SetRow(2, [90m], [0m], null);

        SubjectScore[] scores = card.ScoreBatch(table);

        Assert.Equal(75.000000000000m, scores[0].Score);
        Assert.Equal(150.000000000000m, scores[1].Score);
        Assert.True(scores[2].IsFaulted);
        Assert.Equal(Accountability.Formulas.FormulaProblemCodes.DivisionByZero, scores[2].Fault!.Code);
        Assert.False(scores[0].IsFaulted);
    }
}
