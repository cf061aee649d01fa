using Accountability.Criteria;
using Accountability.Formulas;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class CombinationFormulaTests
{
    private const string Review = "if present(self) then (goals + manager + self) / 3 else (goals + manager) / 2";

    private static Scorecard Part(string id) =>
        Scorecard.CreateBuilder(id, id).Add(new PerformanceCriterion("rating", "Rating", "", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 100m).Build();

    private static PerformanceCriterion Sub(string id) => new(id, id, "", CriterionDirection.HigherIsBetter, ScoringMethod.Direct());

    private static ScorecardBuilder ReviewBuilder(string formula) =>
        Scorecard.CreateBuilder("review", "Annual review").UseRelativeWeights().WithMissingValues(MissingValuePolicy.Exclude)
            .Add(Sub("goals"), 1m).Add(Sub("manager"), 1m).Add(Sub("self"), 1m)
            .CombineWith(formula);

    private static ScorecardResult Rated(string card, decimal rating) =>
        Part(card).Score(Actuals.For("ann").Value("rating", rating).Build());

    [Fact]
    public void Combination_AllPresent_AveragesThree()
    {
        Scorecard review = ReviewBuilder(Review).Build();

        ScorecardResult result = review.Score(Actuals.For("ann")
            .Result("goals", Rated("goals", 90m)).Result("manager", Rated("manager", 80m)).Result("self", Rated("self", 71m)).Build());

        Assert.Equal(80.333333333333m, result.Score);
        Assert.Equal(ScorePrecision.Decimals, result.Score!.Value.Scale);
        Assert.Equal(Review, review.Combination!.Text);
        Assert.Equal(
            "if present(self) then (goals + manager + self) / 3 else (goals + manager) / 2 = 80.33333333333333333333333333\n  self = 71.000000000000\n  goals = 90.000000000000\n  manager = 80.000000000000".ReplaceLineEndings(),
            result.Combination!.ReplaceLineEndings());
        Assert.All(result.Criteria, c => Assert.Equal(0m, c.Contribution));
        Assert.Contains("combined by the formula " + Review + " = 80.33333333333333333333333333 (self = 71.000000000000, goals = 90.000000000000, manager = 80.000000000000)", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Combination_SelfNotApplicable_AveragesTwo()
    {
        Scorecard review = ReviewBuilder(Review).Build();

        ScorecardResult result = review.Score(Actuals.For("ann")
            .Result("goals", Rated("goals", 90m)).Result("manager", Rated("manager", 81m)).NotApplicable("self", "No self-review this year").Build());

        Assert.Equal(85.5m, result.Score);
        Assert.Contains("self = not applicable", result.Combination, StringComparison.Ordinal);
    }

    [Fact]
    public void Combination_SelfMissingAndExcluded_AveragesTwo_InBatchToo()
    {
        Scorecard review = ReviewBuilder(Review).Build();
        ActualsTable table = review.CreateTable(["ann", "bob"]);
        table.Set(0, "goals", 90m);
        table.Set(0, "manager", 80m);
        table.Set(1, "goals", 60m);
        table.Set(1, "manager", 60m);
        table.Set(1, "self", 90m);

        SubjectScore[] scores = review.ScoreBatch(table);

        Assert.Equal(85m, scores[0].Score);
        Assert.Equal(70m, scores[1].Score);
        Assert.Equal(scores[0].Score, review.Explain(table, 0).Score);
    }

    [Fact]
    public void Combination_AbsentResult_IsNotRated()
    {
        Scorecard review = ReviewBuilder("goals + self").Build();

        ScorecardResult result = review.Score(Actuals.For("ann").Value("goals", 50m).NotApplicable("self", "new joiner").Value("manager", 1m).Build());

        Assert.False(result.IsRated);
    }

    [Fact]
    public void Combination_CheckedAtBuild_NamesMustBeCriterionIds()
    {
        ScorecardBuilder builder = ReviewBuilder("(goals + manger + peers) / 3 > 2");

        var ex = Assert.Throws<AccountabilityException>(() => builder.Build());

        Assert.Equal(
            [
                "combination[line 1, column 10]: unknown-name: Line 1, column 10: 'manger' is not a known name; the names are goals, manager, self.",
                "combination[line 1, column 19]: unknown-name: Line 1, column 19: 'peers' is not a known name; the names are goals, manager, self.",
            ],
            ex.Problems.Select(p => $"{p.Path}: {p.Code}: {p.Message}").Take(2));
        Assert.Contains(ex.Problems, p => p.Code == FormulaProblemCodes.TypeMismatch);
    }

    [Fact]
    public void Combination_SyntaxError_AtBuild()
    {
        Problem problem = Assert.Single(ReviewBuilder("(goals + ").Validate());

        Assert.Equal(FormulaProblemCodes.SyntaxError, problem.Code);
        Assert.StartsWith("combination[line 1, column", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Combination_DivisionByZero_FaultsTheSubjectInBatch()
    {
        Scorecard review = ReviewBuilder("goals / manager").Build();
        ActualsTable table = review.CreateTable(["ann", "bob"]);
        table.Set(0, "goals", 90m);
        table.Set(0, "manager", 0m);
        table.Set(1, "goals", 50m);
        table.Set(1, "manager", 1m);

        SubjectScore[] scores = review.ScoreBatch(table);

        Assert.Equal("subjects[ann].combination", scores[0].Fault!.Path);
        Assert.Equal(
            "The combination of scorecard 'Annual review' failed for 'ann': The formula 'goals / manager' fails at line 1, column 7: division by zero ('/'); inputs: goals = 90.000000000000, manager = 0.000000000000.",
            scores[0].Fault!.Message);
        Assert.Equal(50m, scores[1].Score);
        var ex = Assert.Throws<AccountabilityException>(() => review.Score(Actuals.For("ann").Value("goals", 1m).Value("manager", 0m).Build()));
        Assert.Equal("combination", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Combination_KebabCaseIds_InBrackets_AndGatesStillApply()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").UseRelativeWeights()
            .Add(Sub("on-time-delivery"), 1m).Add(Sub("quality"), 1m)
            .CombineWith("min([on-time-delivery], quality)")
            .WithGate(ScorecardGate.CapWhenBelow("quality", 50m, 40m))
            .Build();

        Assert.Equal(70m, card.ScoreOnly(Actuals.For("a").Value("on-time-delivery", 70m).Value("quality", 90m).Build()).Score);
        Assert.Equal(40m, card.ScoreOnly(Actuals.For("a").Value("on-time-delivery", 70m).Value("quality", 45m).Build()).Score);
    }

    [Fact]
    public void WeightedMean_HasNoCombination()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "C").Add(Sub("goals"), 100m).Build();

        Assert.Null(card.Combination);
        Assert.Null(card.Score(Actuals.For("a").Value("goals", 50m).Build()).Combination);
    }

    [Fact]
    public void Combination_WithDuplicateIds_ReportsTheDuplicateOnly()
    {
        IReadOnlyList<Problem> problems = Scorecard.CreateBuilder("c", "C").UseRelativeWeights()
            .Add(Sub("goals"), 1m).Add(Sub("goals"), 1m).CombineWith("goals").Validate();

        Assert.Equal(ScoringProblemCodes.DuplicateCriterion, Assert.Single(problems).Code);
    }

    [Fact]
    public void Combination_NestedExplanation_ShowsFormulaAndSubScorecards()
    {
        Scorecard review = ReviewBuilder(Review).Build();

        string text = review.Score(Actuals.For("ann")
            .Result("goals", Rated("goals", 90m)).Result("manager", Rated("manager", 80m)).NotApplicable("self", "none").Build()).Explain();

        Assert.StartsWith("Scorecard 'Annual review' (review) for ann: 85.00", text, StringComparison.Ordinal);
        Assert.Contains("  combined by the formula " + Review + " = 85.000000000000 (self = not applicable, goals = 90.000000000000, manager = 80.000000000000)", text, StringComparison.Ordinal);
        Assert.Contains("      Scorecard 'goals' (goals) for ann: 90.00", text, StringComparison.Ordinal);
    }
}
