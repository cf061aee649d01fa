using Accountability.Criteria;
using Accountability.Formulas;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class FormulaScoringTests
{
    private static readonly Dictionary<string, decimal> Target100 = new() { ["target"] = 100m };

    private static PerformanceCriterion Sales(FormulaScoring scoring) =>
        new("sales", "Sales", "%", CriterionDirection.HigherIsBetter, scoring);

    private static Scorecard Card(params (PerformanceCriterion Criterion, decimal Weight)[] criteria)
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card").UseRelativeWeights();
        foreach ((PerformanceCriterion criterion, decimal weight) in criteria)
        {
            builder.Add(criterion, weight);
        }

        return builder.Build();
    }

    [Theory]
    [InlineData(95, 95)]
    [InlineData(120, 120)]
    [InlineData(200, 150)]
    [InlineData(0, 0)]
    public void CappedRatio_IssueExample_Scores(decimal actual, decimal expected)
    {
        Scorecard card = Card((Sales(ScoringMethod.Formula("min(150, actual / target * 100)", Target100, new ScoreRange(0m, 150m))), 1m));

        ScorecardResult result = card.Score(Actuals.For("rep-1").Value("sales", actual).Build());

        Assert.Equal(expected, result["sales"].Score);
        Assert.Equal(ScorePrecision.Decimals, result["sales"].Score!.Value.Scale);
    }

    [Theory]
    [InlineData(99.9, 0)]
    [InlineData(100, 87.5)]
    public void ComplianceGate_IssueExample_Scores(decimal compliance, decimal expected)
    {
        var values = new Dictionary<string, decimal> { ["score"] = 87.5m };
        Scorecard card = Card((new PerformanceCriterion("compliance", "Compliance", "%", CriterionDirection.HigherIsBetter, ScoringMethod.Formula("if actual < 100 then 0 else score", values)), 1m));

        ScorecardResult result = card.Score(Actuals.For("rep-1").Value("compliance", compliance).Build());

        Assert.Equal(expected, result.Score);
    }

    [Fact]
    public void FormulaRule_Explanation_ShowsFormulaAndInputs()
    {
        Scorecard card = Card((Sales(ScoringMethod.Formula("min(150, actual / target * 100)", Target100, new ScoreRange(0m, 150m))), 1m));

        ScorecardResult result = card.Score(Actuals.For("rep-1").Value("sales", 120m).Build());

        Assert.Equal(
            "Sales (sales): actual 120 % scored 120.00 by formula (min(150, actual / target * 100), target 100, range 0–150); weight 1 part(s), counted 100.00%, contributes 120.00. Formula: min(150, actual / target * 100) = 120.0 (actual = 120, target = 100).",
            result["sales"].Explanation);
    }

    [Fact]
    public void FormulaRule_ParseAndCheckErrors_AllAtBuild_WithPaths()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card").UseRelativeWeights()
            .Add(Sales(ScoringMethod.Formula("min(150, actual / target * 100)", Target100)), 1m)
            .Add(new PerformanceCriterion("calls", "Calls", "", CriterionDirection.HigherIsBetter, ScoringMethod.Formula("actul / [on-time-delivery] + mean(1, 2)")), 1m)
            .Add(new PerformanceCriterion("visits", "Visits", "", CriterionDirection.HigherIsBetter, ScoringMethod.Formula("actual = 3")), 1m);

        var ex = Assert.Throws<AccountabilityException>(() => builder.Build());

        Assert.Equal(
            [
                "criteria[1].scoring.formula[line 1, column 1]: unknown-name",
                "criteria[1].scoring.formula[line 1, column 9]: unknown-name",
                "criteria[1].scoring.formula[line 1, column 30]: unknown-function",
                "criteria[2].scoring.formula[line 1, column 8]: unexpected-character",
            ],
            ex.Problems.Select(p => $"{p.Path}: {p.Code}"));
        Assert.Equal("Line 1, column 1: 'actul' is not a known name; the names are actual.", ex.Problems[0].Message);
        Assert.Equal("Line 1, column 9: '[on-time-delivery]' is not a known name; the names are actual.", ex.Problems[1].Message);
    }

    [Fact]
    public void FormulaRule_ReferenceNamedActual_IsRejected()
    {
        var values = new Dictionary<string, decimal> { ["actual"] = 1m };
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card").Add(Sales(ScoringMethod.Formula("actual", values)), 100m);

        Problem problem = Assert.Single(builder.Validate());

        Assert.Equal("criteria[0].scoring.values[actual]", problem.Path);
        Assert.Equal(ScoringProblemCodes.InvalidIdentifier, problem.Code);
    }

    [Fact]
    public void FormulaRule_ResultOutsideRange_IsScoreOutOfRange()
    {
        Scorecard card = Card((Sales(ScoringMethod.Formula("actual / target * 100", Target100, new ScoreRange(0m, 150m))), 1m));

        var ex = Assert.Throws<AccountabilityException>(() => card.Score(Actuals.For("rep-1").Value("sales", 151m).Build()));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal(ScoringProblemCodes.ScoreOutOfRange, problem.Code);
        Assert.Equal("values[sales]", problem.Path);
    }

    [Fact]
    public void FormulaRule_DivisionByZero_SingleScoreThrowsTheFault()
    {
        var values = new Dictionary<string, decimal> { ["target"] = 0m };
        Scorecard card = Card((Sales(ScoringMethod.Formula("min(150, actual / target * 100)", values, new ScoreRange(0m, 150m))), 1m));

        var ex = Assert.Throws<AccountabilityException>(() => card.Score(Actuals.For("rep-1").Value("sales", 5m).Build()));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("values[sales]", problem.Path);
        Assert.Equal(FormulaProblemCodes.DivisionByZero, problem.Code);
        Assert.Equal(
            "The scoring rule 'formula' failed while scoring 5 for 'rep-1' on criterion 'Sales' (sales): The formula 'min(150, actual / target * 100)' fails at line 1, column 17: division by zero ('/'); inputs: actual = 5, target = 0.",
            problem.Message);
    }

    [Fact]
    public void FormulaRule_DivisionByZeroInBatch_FaultsThatSubjectOnly()
    {
        Scorecard card = Card(
            (Sales(ScoringMethod.Formula("min(150, 100 * target / actual)", Target100, new ScoreRange(0m, 150m))), 1m),
            (new PerformanceCriterion("calls", "Calls", "", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 1m));
        ActualsTable table = card.CreateTable(["rep-1", "rep-2", "rep-3"]);
        table.Set(0, "sales", 100m);
        table.Set(1, "sales", 0m);
        table.Set(2, "sales", 200m);
        for (int row = 0; row < 3; row++)
        {
            table.Set(row, "calls", 80m);
        }

        SubjectScore[] scores = card.ScoreBatch(table);

        Assert.Equal(90m, scores[0].Score);
        Assert.False(scores[0].IsFaulted);
        Assert.True(scores[1].IsFaulted);
        Assert.Null(scores[1].Score);
        Assert.Null(scores[1].WeightedScore);
        Assert.Equal(new PartyId("rep-2"), scores[1].Subject);
        Assert.Equal("subjects[rep-2].values[sales]", scores[1].Fault!.Path);
        Assert.Equal(FormulaProblemCodes.DivisionByZero, scores[1].Fault!.Code);
        Assert.Equal(
            "The scoring rule 'formula' failed while scoring 0 for 'rep-2' on criterion 'Sales' (sales): The formula 'min(150, 100 * target / actual)' fails at line 1, column 23: division by zero ('/'); inputs: target = 100, actual = 0.",
            scores[1].Fault!.Message);
        Assert.Equal(65m, scores[2].Score);

        var ex = Assert.Throws<AccountabilityException>(() => card.Explain(table, 1));
        Assert.Equal(scores[1].Fault!.ToString(), Assert.Single(ex.Problems).ToString());
    }

    [Fact]
    public void FormulaRule_OverflowInBatch_FaultsThatSubjectOnly()
    {
        Scorecard card = Card((Sales(ScoringMethod.Formula("min(100, actual * actual)")), 1m));
        ActualsTable table = card.CreateTable(["rep-1", "rep-2"]);
        table.Set(0, "sales", 79228162514264337593543950335m);
        table.Set(1, "sales", 5m);

        SubjectScore[] scores = card.ScoreBatch(table);

        Assert.Equal(FormulaProblemCodes.ArithmeticOverflow, scores[0].Fault!.Code);
        Assert.Equal(25m, scores[1].Score);
    }

    [Fact]
    public void FormulaRule_BindsOnce_ReadsReferenceSlots()
    {
        FormulaScoring scoring = ScoringMethod.Formula("actual + bonus", new Dictionary<string, decimal> { ["bonus"] = 10m });
        Scorecard card = Card((Sales(scoring), 1m));

        ScorecardCriterion entry = Assert.Single(card.Criteria);

        Assert.Equal("formula", entry.Rule.Name);
        Assert.Equal(new ScoreRange(0m, 100m), entry.Range);
        Assert.Equal(60m, card.Score(Actuals.For("rep-1").Value("sales", 50m).Build()).Score);
        Assert.Equal("formula (actual + bonus, bonus 10, range 0–100)", scoring.ToString());
    }

    [Fact]
    public void FormulaRule_HostileNesting_IsOneProblemAtBuild_NotACrash()
    {
        string deep = new string('(', 100_000) + "actual" + new string(')', 100_000);
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card").Add(Sales(ScoringMethod.Formula(deep)), 100m);

        Problem problem = Assert.Single(builder.Validate());

        Assert.Equal(FormulaProblemCodes.FormulaTooLong, problem.Code);
        Assert.Equal("criteria[0].scoring.formula", problem.Path);

        string nested = new string('(', 300) + "actual" + new string(')', 300);
        Problem tooDeep = Assert.Single(Scorecard.CreateBuilder("card", "Card").Add(Sales(ScoringMethod.Formula(nested)), 100m).Validate());
        Assert.Equal(FormulaProblemCodes.FormulaTooDeep, tooDeep.Code);
        Assert.Equal("criteria[0].scoring.formula[line 1, column 257]", tooDeep.Path);
    }

    [Fact]
    public void FormulaRule_LowerIsBetter_TheFormulaSaysWhatIsBetter()
    {
        var values = new Dictionary<string, decimal> { ["target"] = 5m };
        Scorecard card = Card((new PerformanceCriterion("days", "Days to close", "days", CriterionDirection.LowerIsBetter, ScoringMethod.Formula("clamp(100 - (actual - target) * 10, 0, 100)", values)), 1m));

        Assert.Equal(100m, card.Score(Actuals.For("a").Value("days", 4m).Build()).Score);
        Assert.Equal(70m, card.Score(Actuals.For("a").Value("days", 8m).Build()).Score);
        Assert.Equal(0m, card.Score(Actuals.For("a").Value("days", 30m).Build()).Score);
    }

    [Fact]
    public void FormulaRule_ManyReferenceValues_BeyondTheStackLimit()
    {
        var values = Enumerable.Range(0, 40).ToDictionary(i => $"v{i}", i => (decimal)i);
        string text = "actual + " + string.Join(" + ", values.Keys);
        Scorecard card = Card((Sales(ScoringMethod.Formula(text, values, new ScoreRange(0m, 10_000m))), 1m));

        Assert.Equal(1m + (39m * 40m / 2m), card.Score(Actuals.For("a").Value("sales", 1m).Build()).Score);
    }

    [Fact]
    public void FormulaRule_BatchNumbers_EqualExplainedNumbers()
    {
        Scorecard card = Card(
            (Sales(ScoringMethod.Formula("round(min(150, actual / target * 100), 1)", Target100, new ScoreRange(0m, 150m))), 2m),
            (new PerformanceCriterion("calls", "Calls", "", CriterionDirection.HigherIsBetter, ScoringMethod.Linear(0m, 50m)), 1m));
        ActualsTable table = card.CreateTable(["a", "b"]);
        table.Set(0, "sales", 33.333m);
        table.Set(0, "calls", 20m);
        table.Set(1, "sales", 180m);
        table.Set(1, "calls", 60m);

        SubjectScore[] scores = card.ScoreBatch(table);

        for (int row = 0; row < 2; row++)
        {
            ScorecardResult explained = card.Explain(table, row);
            Assert.Equal(explained.Score, scores[row].Score);
            Assert.False(scores[row].IsFaulted);
        }

        Assert.Equal(33.3m, card.Explain(table, 0)["sales"].Score);
        Assert.EndsWith("Formula: round(min(150, actual / target * 100), 1) = 33.3 (actual = 33.333, target = 100).", card.Explain(table, 0)["sales"].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void FormulaRule_WrongArgumentCountAndTypes_AllReported()
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card")
            .Add(Sales(ScoringMethod.Formula("round(actual) + (actual > target)", Target100)), 100m);

        IReadOnlyList<Problem> problems = builder.Validate();

        Assert.Equal(
            [
                "criteria[0].scoring.formula[line 1, column 1]: argument-count: Line 1, column 1: 'round' takes 2 arguments; it is given 1.",
                "criteria[0].scoring.formula[line 1, column 25]: type-mismatch: Line 1, column 25: '>' gives a condition where a number is needed.",
            ],
            problems.Select(p => $"{p.Path}: {p.Code}: {p.Message}"));
    }

    [Fact]
    public void FormulaRule_ValueNotRead_IsAWarning()
    {
        var values = new Dictionary<string, decimal> { ["target"] = 100m, ["stretch"] = 120m };
        ScorecardBuilder builder = Scorecard.CreateBuilder("card", "Card").Add(Sales(ScoringMethod.Formula("min(100, actual / target * 100)", values)), 100m);

        Problem problem = Assert.Single(builder.Validate());

        Assert.Equal("criteria[0].scoring.values[stretch]: value-not-used: The reference value 'stretch' is not read by the formula.", $"{problem.Path}: {problem.Code}: {problem.Message}");
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(100m, builder.Build().Score(Actuals.For("a").Value("sales", 100m).Build()).Score);
    }
}
