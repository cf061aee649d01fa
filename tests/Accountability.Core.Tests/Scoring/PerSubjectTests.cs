using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class PerSubjectTests
{
    private static PerformanceCriterion Sales() => new(
        "sales", "Sales", MeasurementUnit.Money(Currency.USD), CriterionDirection.HigherIsBetter,
        ScoringMethod.Linear(new Money(800_000m, Currency.USD), new Money(1_000_000m, Currency.USD), new Money(1_200_000m, Currency.USD), 150m));

    private static PerformanceCriterion Calls() => new(
        "calls", "Calls", "calls", CriterionDirection.HigherIsBetter, ScoringMethod.Linear(100m, 200m));

    private static Scorecard Card(MissingValuePolicy policy = MissingValuePolicy.Fail) =>
        Scorecard.CreateBuilder("rep", "Sales representative")
            .WithMissingValues(policy)
            .Add(Sales(), 70m, ["target", "threshold", "stretch"])
            .Add(Calls(), 30m)
            .Build();

    private static readonly ReferenceSource FromGoal = new("goal ana (2026), decomposed from north", new GoalId("ana-2026"));

    [Fact]
    public void Subject_IsScoredAgainstOwnValues_AndExplanationNamesTheirSource()
    {
        Actuals actuals = Actuals.For("ana")
            .Value("sales", 1_684_000m)
            .Value("calls", 200m)
            .Reference("sales", "target", 1_684_000m, FromGoal)
            .Reference("sales", "threshold", 1_200_000m, FromGoal)
            .Reference("sales", "stretch", 2_000_000m)
            .Build();

        ScorecardResult result = Card().Score(actuals);

        Assert.Equal(100m, result.Score);
        CriterionResult sales = result.Criteria[0];
        Assert.Equal(["target", "threshold", "stretch"], sales.References.Select(r => r.Name));
        Assert.Equal(new GoalId("ana-2026"), sales.References[0].Source!.Goal);
        Assert.Null(sales.References[2].Source);
        Assert.Equal(
            "Sales (sales): actual 1684000 USD scored 100.00 by linear (threshold 800000, target 1000000, stretch 1200000, cap 150)"
            + "; own values: target 1,684,000.00 USD, goal ana (2026), decomposed from north; threshold 1,200,000.00 USD, goal ana (2026), decomposed from north; stretch 2,000,000.00 USD"
            + "; weight 70%, counted 70.00%, contributes 70.00.",
            sales.Explanation);
        Assert.Empty(result.Criteria[1].References);
        Assert.DoesNotContain("own values", result.Criteria[1].Explanation);
    }

    [Fact]
    public void Table_RowSetter_SetsActualsAndOwnValues_WithProvenancePerRow()
    {
        Scorecard card = Card();
        ActualsTable table = card.CreateTable(["ana", "ben"]);
        Assert.Equal(3, table.ReferenceColumnCount);
        Assert.Equal(1, table.ReferenceColumnOf("sales", "threshold"));

        table.SetRow(0, [1_684_000m, 200m], [1_684_000m, 1_200_000m, 2_000_000m], FromGoal);
        table.SetRow(1, [1_000_000m, 150m], [2_000_000m, 1_000_000m, 3_000_000m], null);

        SubjectScore[] scores = card.ScoreBatch(table);
        Assert.Equal(100m, scores[0].Score);

        // ben: sales at his threshold scores 0; calls half way scores 50: 0.3 × 50.
        Assert.Equal(15m, scores[1].Score);
        Assert.Contains("target 1,684,000.00 USD, goal ana (2026), decomposed from north", card.Explain(table, 0).Criteria[0].Explanation);
        Assert.Contains("own values: target 2,000,000.00 USD; threshold 1,000,000.00 USD; stretch 3,000,000.00 USD;", card.Explain(table, 1).Criteria[0].Explanation);
        Assert.Same(FromGoal, table.GetReferenceSource(0, 0));
        Assert.Null(table.GetReferenceSource(1, 0));
    }

    [Fact]
    public void MissingOwnValue_UnderFail_IsReportedLikeAMissingActual()
    {
        Actuals actuals = Actuals.For("ana").Value("sales", 1m).Value("calls", 150m).Reference("sales", "target", 2m).Build();

        AccountabilityException single = Assert.Throws<AccountabilityException>(() => Card().Score(actuals));
        Assert.Equal(["criteria[sales].threshold", "criteria[sales].stretch"], single.Problems.Select(p => p.Path));
        Assert.All(single.Problems, p => Assert.Equal(ScoringProblemCodes.MissingValue, p.Code));
        Assert.Equal(
            "No threshold for 'Sales' (sales) for 'ana', and scorecard 'Sales representative' fails on missing values. Give the subject's own threshold, mark the criterion not applicable, or choose another missing-value policy.",
            single.Problems[0].Message);

        Scorecard card = Card();
        ActualsTable table = card.CreateTable(["ana"]);
        table.SetRow(0, [1m, 150m]);
        table.SetReference(0, table.ReferenceColumnOf("sales", "threshold"), 0m, null);
        table.SetReference(0, table.ReferenceColumnOf("sales", "stretch"), 3m, null);
        AccountabilityException batch = Assert.Throws<AccountabilityException>(() => card.ScoreBatch(table));
        Assert.Equal("subjects[ana].criteria[sales].target", Assert.Single(batch.Problems).Path);
    }

    [Fact]
    public void MissingOwnValue_IsNotNeeded_WhenTheCriterionIsNotApplicable()
    {
        Actuals actuals = Actuals.For("ana").NotApplicable("sales", "New hire").Value("calls", 200m).Build();
        Assert.Equal(100m, Card().Score(actuals).Score);
    }

    [Fact]
    public void MissingOwnValue_UnderScoreZero_ScoresZeroAndSaysWhichValue()
    {
        Actuals actuals = Actuals.For("ana").Value("sales", 1_500_000m).Value("calls", 200m).Reference("sales", "threshold", 1m).Build();
        ScorecardResult result = Card(MissingValuePolicy.ScoreZero).Score(actuals);

        Assert.Equal(30m, result.Score);
        CriterionResult sales = result.Criteria[0];
        Assert.Equal(CriterionStatus.MissingScoredZero, sales.Status);
        Assert.Equal(["target", "stretch"], sales.MissingReferences);
        Assert.Equal(1_500_000m, sales.Actual);
        Assert.Equal(
            "Sales (sales): actual 1500000 USD but missing the subject's own target, stretch; scored 0 under the score-zero policy; weight 70%, counted 70.00%, contributes 0.00.",
            sales.Explanation);
    }

    [Fact]
    public void MissingOwnValue_UnderExclude_LeavesTheCriterionOut()
    {
        Scorecard card = Card(MissingValuePolicy.Exclude);
        ActualsTable table = card.CreateTable(["ana"]);
        table.SetRow(0, [1_500_000m, 150m]);
        ScorecardResult result = card.Explain(table, 0);

        Assert.Equal(50m, result.Score);
        Assert.Equal(1, card.ScoreBatch(table)[0].CriteriaLeftOut);
        Assert.Equal(
            "Sales (sales): actual 1500000 USD but missing the subject's own target, threshold, stretch; left out under the exclude policy (weight 70%); the other weights were re-normalised.",
            result.Criteria[0].Explanation);
    }

    [Fact]
    public void Build_ReportsUnknownNames_WithPaths()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() =>
            Scorecard.CreateBuilder("rep", "Rep")
                .Add(Sales(), 70m, ["target", "quota"])
                .Add(Calls(), 30m)
                .PerSubject("visits", "target")
                .Build());

        Assert.Collection(
            ex.Problems,
            p =>
            {
                Assert.Equal("criteria[0].perSubject[quota]", p.Path);
                Assert.Equal(ScoringProblemCodes.UnknownReference, p.Code);
                Assert.Equal("The reference value 'quota' of 'sales' is declared per subject, but the 'linear' rule takes no such value; it takes: threshold, target, stretch.", p.Message);
            },
            p =>
            {
                Assert.Equal("perSubject[visits]", p.Path);
                Assert.Equal(ScoringProblemCodes.UnknownCriterion, p.Code);
            });
    }

    [Fact]
    public void Actuals_GivingAValueNotDeclaredPerSubject_IsAnError()
    {
        Actuals actuals = Actuals.For("ana").Value("sales", 1m).Value("calls", 150m).Reference("calls", "target", 2m).Build();
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => Card(MissingValuePolicy.ScoreZero).Score(actuals));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("criteria[calls].target", problem.Path);
        Assert.Equal(ScoringProblemCodes.UnknownReference, problem.Code);
        Assert.Equal("Scorecard 'Sales representative' does not declare 'target' of 'calls' per subject; per subject: none.", problem.Message);

        Assert.Equal(ScoringProblemCodes.UnknownReference, Assert.Throws<AccountabilityException>(() => Card().CreateTable(["ana"]).ReferenceColumnOf("calls", "target")).Problems[0].Code);
    }

    [Fact]
    public void CustomRule_PerSubjectParameter_NeedsNoDefinitionValue()
    {
        var criterion = new PerformanceCriterion("visits", "Visits", "visits", CriterionDirection.HigherIsBetter,
            ScoringMethod.Custom(OwnRatioRule.RuleName, new Dictionary<string, decimal> { ["cap"] = 120m }));
        Scorecard card = Scorecard.CreateBuilder("rep", "Rep").Add(criterion, 100m).PerSubject("visits", "target").Build(OwnCase.Rules);
        Assert.Equal(["target"], card.Criteria[0].PerSubject);

        ActualsTable table = card.CreateTable(["ana", "ben"]);
        table.SetRow(0, [40m], [50m], null);
        table.SetRow(1, [40m], [40m], null);
        Assert.Equal([80m, 100m], card.ScoreBatch(table).Select(s => s.Score!.Value));
    }

    [Fact]
    public void Batch_WithOwnValues_AllocatesNothingPerSubject()
    {
        Scorecard card = Card();
        PartyId[] subjects = [.. Enumerable.Range(0, 1000).Select(i => new PartyId($"rep-{i}"))];
        ActualsTable table = card.CreateTable(subjects);
        for (int row = 0; row < subjects.Length; row++)
        {
            table.SetRow(row, [1_000_000m + row, 150m], [1_000_000m, 800_000m, 1_500_000m + row], null);
        }

        var destination = new SubjectScore[subjects.Length];
        card.ScoreBatch(table, destination);
        long before = GC.GetAllocatedBytesForCurrentThread();
        card.ScoreBatch(table, destination);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
