using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class FormulaCriterionReadsTests
{
    private static PerformanceCriterion Direct(string id) => new(id, id, "", CriterionDirection.HigherIsBetter, ScoringMethod.Direct());

    private static PerformanceCriterion Formula(string id, string formula) =>
        new(id, id, "", CriterionDirection.HigherIsBetter, ScoringMethod.Formula(formula, range: new ScoreRange(0m, 150m)));

    // "a-sales" sorts before "z-compliance" and is added first: it is still scored after the criterion it reads.
    private static Scorecard Card() =>
        Scorecard.CreateBuilder("c", "C").UseRelativeWeights().WithMissingValues(MissingValuePolicy.Exclude)
            .Add(Formula("a-sales", "if [z-compliance] < 100 then 0 else actual"), 3m)
            .Add(Direct("z-compliance"), 1m)
            .Build();

    [Theory]
    [InlineData(99.5, 0, 24.875, "= 0 ([z-compliance] = 99.500000000000, actual = 80).")]
    [InlineData(100, 80, 85, "= 80 ([z-compliance] = 100.000000000000, actual = 80).")]
    public void ComplianceGate_IssueExample_ReadsTheOtherCriterionsScore(decimal compliance, decimal sales, decimal overall, string explained)
    {
        ScorecardResult result = Card().Score(Actuals.For("rep").Value("a-sales", 80m).Value("z-compliance", compliance).Build());

        Assert.Equal(sales, result["a-sales"].Score);
        Assert.Equal(overall, result.Score);
        Assert.EndsWith("Formula: if [z-compliance] < 100 then 0 else actual " + explained, result["a-sales"].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCriterionLeftOut_MakesTheReaderNotApplicable_InBatchToo()
    {
        Scorecard card = Card();
        ActualsTable table = card.CreateTable(["rep-1", "rep-2"]);
        table.Set(0, "a-sales", 80m);
        table.Set(1, "a-sales", 80m);
        table.Set(1, "z-compliance", 100m);

        SubjectScore[] scores = card.ScoreBatch(table);

        Assert.Null(scores[0].Score);
        Assert.Equal(2, scores[0].CriteriaLeftOut);
        Assert.Equal(CriterionStatus.NotApplicable, card.Explain(table, 0)["a-sales"].Status);
        Assert.Equal(85m, scores[1].Score);
        Assert.Equal(scores[1].Score, card.Explain(table, 1).Score);
    }

    [Fact]
    public void Cycle_IsReportedAtBuild_ForEveryCriterionOnIt()
    {
        IReadOnlyList<Problem> problems = Scorecard.CreateBuilder("c", "C").UseRelativeWeights()
            .Add(Formula("a", "[b] + 1"), 1m)
            .Add(Formula("b", "min(a, c)"), 1m)
            .Add(Formula("c", "actual"), 1m)
            .Add(Formula("d", "a"), 1m)
            .Add(Formula("e", "e"), 1m)
            .Validate();

        Assert.Equal(
            [
                "criteria[0].scoring.formula: criteria-cycle: The formula of 'a' reads the score of b; the formulas of a, b, e read each other's scores in a cycle, so none can be scored first.",
                "criteria[1].scoring.formula: criteria-cycle: The formula of 'b' reads the score of a; the formulas of a, b, e read each other's scores in a cycle, so none can be scored first.",
                "criteria[4].scoring.formula: criteria-cycle: The formula of 'e' reads the score of e; the formulas of a, b, e read each other's scores in a cycle, so none can be scored first.",
            ],
            problems.Select(p => $"{p.Path}: {p.Code}: {p.Message}"));
    }

    [Fact]
    public void ReferenceValueOfTheSameName_WinsOverTheCriterion()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").UseRelativeWeights()
            .Add(new PerformanceCriterion("x", "x", "", CriterionDirection.HigherIsBetter, ScoringMethod.Formula("actual + y", new Dictionary<string, decimal> { ["y"] = 1m })), 1m)
            .Add(Formula("y", "x"), 1m)
            .Build();

        ScorecardResult result = card.Score(Actuals.For("r").Value("x", 10m).Value("y", 0m).Build());

        Assert.Equal(11m, result["x"].Score);
        Assert.Equal(11m, result["y"].Score);
    }

    [Fact]
    public void LongChainOfReads_ScoresWithoutRecursion()
    {
        const int n = 5_000;
        ScorecardBuilder builder = Scorecard.CreateBuilder("c", "C").UseRelativeWeights();
        ActualsBuilder actuals = Actuals.For("r");
        for (int i = 0; i < n; i++)
        {
            // c00000 reads c00001 reads … : the reverse of id order.
            string id = $"c{i:D5}";
            builder.Add(i == n - 1 ? Direct(id) : Formula(id, $"min(100, [c{i + 1:D5}] + 0)"), 1m);
            actuals.Value(id, 1m);
        }

        Scorecard card = builder.Build();

        Assert.Equal(1m, card.ScoreOnly(actuals.Build()).Score);
    }
}
