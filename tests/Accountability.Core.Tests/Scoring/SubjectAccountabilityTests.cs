using Accountability.Criteria;
using Accountability.Responsibility;
using Accountability.Scoring;
using Accountability.Tests.Responsibility;

namespace Accountability.Tests.Scoring;

public class SubjectAccountabilityTests
{
    private static readonly PerformanceCriterion Sales = new("sales", "Sales amount", "USD", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(100m, 150m), workItem: "report-sales");
    private static readonly PerformanceCriterion Visits = new("visits", "Customer visits", "n", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(10m, 150m), workItem: "visits");
    private static readonly PerformanceCriterion Csat = new("csat", "Satisfaction", "pts", CriterionDirection.HigherIsBetter, ScoringMethod.Direct());

    private static Scorecard Card(params PerformanceCriterion[] criteria)
    {
        ScorecardBuilder builder = Scorecard.CreateBuilder("reps", "Sales reps").WithMissingValues(MissingValuePolicy.ScoreZero).UseRelativeWeights();
        foreach (PerformanceCriterion criterion in criteria)
        {
            builder.Add(criterion, 1m);
        }

        return builder.Build();
    }

    [Fact]
    public void WestRepsSalesMiss_NamesThatRepAndTheWestManager_NeverTheEastOnes()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot();
        ScorecardResult result = Card(Sales).Score(Actuals.For("ana").Value("sales", 80m).Build());

        SubjectAccountability miss = Assert.Single(result.WhoAnswersForMisses(snapshot));

        Assert.True(miss.IsAnswered);
        Assert.Empty(miss.Problems);
        Assert.Equal(new PartyId("ana"), miss.Subject);
        Assert.Equal("sales", miss.Criterion.CriterionId.Value);
        SubjectItemAnswer west = Assert.Single(miss.Answer!.Items);
        Assert.Equal("sales-west", west.WorkItem.Id.Value);
        Assert.Equal("ana", Assert.Single(west.Holding).Person.Id.Value);
        Assert.Equal("wu", west.Accountable!.Person.Id.Value);
        string text = miss.ToString();
        Assert.Equal(
            "Sales amount (sales) for ana scored 80.00; Ana (ana) for Report sales (report-sales) on 2026-03-31 (matrix v1)" + Environment.NewLine +
            "  West sales (sales-west): Responsible; Accountable: Wu (wu) as West manager (rm-west)",
            text);
        Assert.DoesNotContain("eve", text, StringComparison.Ordinal);
        Assert.DoesNotContain("East", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cy", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThroughATeam_TheRepIsNamedWithTheTeam()
    {
        ScorecardResult result = Card(Sales).Score(Actuals.For("bo").Value("sales", 50m).Build());

        SubjectAccountability miss = Assert.Single(result.WhoAnswersForMisses(SalesRegions.Snapshot()));

        ResolvedAssignment holding = Assert.Single(Assert.Single(miss.Answer!.Items).Holding);
        Assert.Equal("west-reps", holding.Via!.Id.Value);
        Assert.Equal(["wu"], miss.Answer.AccountablePeople.Select(p => p.Id.Value));
    }

    [Fact]
    public void MissesOnly_AndCriterionWithoutWorkItem_SaysSo()
    {
        ScorecardResult result = Card(Sales, Visits, Csat).Score(Actuals.For("zed").Value("sales", 150m).Value("visits", 3m).Build());

        IReadOnlyList<SubjectAccountability> misses = result.WhoAnswersForMisses(SalesRegions.Snapshot());

        Assert.Equal(["visits", "csat"], misses.Select(m => m.Criterion.CriterionId.Value));
        Assert.True(misses[0].IsAnswered);
        Assert.Equal(["dora"], misses[0].Answer!.AccountablePeople.Select(p => p.Id.Value));
        Assert.False(misses[1].IsAnswered);
        Assert.Null(misses[1].Answer);
        Problem none = Assert.Single(misses[1].Problems);
        Assert.Equal(ResponsibilityProblemCodes.CriterionWithoutWorkItem, none.Code);
        Assert.EndsWith("(csat) for zed missing (scored 0); no answer: The criterion 'Satisfaction' (csat) names no work item, so no one is on record as answering for it.", misses[1].ToString(), StringComparison.Ordinal);
        Assert.Equal(3, result.WhoAnswersForMisses(SalesRegions.Snapshot(), below: 1000m).Count);
    }

    [Fact]
    public void SubjectNotResponsible_IsNotAnswered()
    {
        ScorecardResult result = Card(Sales).Score(Actuals.For("zed").Value("sales", 10m).Build());

        SubjectAccountability miss = Assert.Single(result.WhoAnswersForMisses(SalesRegions.Snapshot()));

        Assert.False(miss.IsAnswered);
        Assert.NotNull(miss.Answer);
        Assert.Equal(ResponsibilityProblemCodes.NotResponsible, Assert.Single(miss.Problems).Code);
    }

    [Fact]
    public void SubjectUnknownToTheMatrix_ReturnsTheMatrixRefusal()
    {
        ScorecardResult result = Card(Sales).Score(Actuals.For("stranger").Value("sales", 10m).Build());

        SubjectAccountability miss = Assert.Single(result.WhoAnswersForMisses(SalesRegions.Snapshot()));

        Assert.Null(miss.Answer);
        Assert.Equal(ResponsibilityProblemCodes.UnknownParty, Assert.Single(miss.Problems).Code);
        Assert.Contains("no answer: The party 'stranger' is not defined in the matrix.", miss.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckOwnership_OverAScorecard()
    {
        IReadOnlyList<Problem> problems = SalesRegions.Snapshot(westManagerLevel: 2).CheckOwnership(Card(Sales, Visits, Csat), ["ana", "zed"]);

        Assert.Equal(
            [
                "criteria[csat] criterion-without-work-item",
                "subjects[ana].criteria[sales].items[sales-west].accountable manager-lacks-authority",
                "subjects[ana].criteria[visits] scored-without-responsibility",
                "subjects[zed].criteria[sales] scored-without-responsibility",
            ],
            problems.Select(p => p.Path + " " + p.Code));
    }

    [Fact]
    public void CheckOwnership_OverResults_SkipsCriteriaThatDoNotApply_AndChecksEachSubjectCriterionOnce()
    {
        Scorecard card = Card(Sales, Visits, Csat);
        ScorecardResult ana = card.Score(Actuals.For("ana").Value("sales", 90m).NotApplicable("visits", "West reps make no visits").Value("csat", 80m).Build());
        ScorecardResult zed = card.Score(Actuals.For("zed").Value("sales", 90m).Value("visits", 12m).Value("csat", 80m).Build());
        ScorecardResult cy = card.Score(Actuals.For("cy").Value("sales", 90m).NotApplicable("visits", "no visits").NotApplicable("csat", "no survey").Build());

        IReadOnlyList<Problem> problems = SalesRegions.Snapshot(westManagerLevel: 2).CheckOwnership([ana, zed, cy, ana]);

        Assert.Equal(
            [
                "criteria[csat] criterion-without-work-item",
                "subjects[ana].criteria[sales].items[sales-west].accountable manager-lacks-authority",
                "subjects[zed].criteria[sales] scored-without-responsibility",
            ],
            problems.Select(p => p.Path + " " + p.Code));
        Assert.Equal(
            problems.Select(p => p.ToString()),
            SalesRegions.Snapshot(westManagerLevel: 2).CheckOwnership([ana, zed, cy]).Select(p => p.ToString()));
    }

    [Fact]
    public void CheckOwnership_OverResultsAndOverTheScorecard_AgreeWhenEveryCriterionApplies()
    {
        Scorecard card = Card(Sales, Visits, Csat);
        PartyId[] subjects = ["ana", "bo", "cy", "zed", "fay"];
        ScorecardResult[] results = [.. subjects.Select(s => card.Score(Actuals.For(s).Value("sales", 1m).Value("visits", 1m).Value("csat", 1m).Build()))];
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot(westManagerLevel: 1);

        Assert.Equal(snapshot.CheckOwnership(card, subjects).Select(p => p.ToString()), snapshot.CheckOwnership(results).Select(p => p.ToString()));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot();
        ScorecardResult result = Card(Sales).Score(Actuals.For("ana").Value("sales", 80m).Build());

        Assert.Throws<ArgumentNullException>(() => result.WhoAnswersForMisses(null!));
        Assert.Throws<ArgumentNullException>(() => ((ScorecardResult)null!).WhoAnswersForMisses(snapshot));
        Assert.Throws<ArgumentNullException>(() => ((ResponsibilitySnapshot)null!).WhoAnswersFor("ana", result["sales"]));
        Assert.Throws<ArgumentNullException>(() => snapshot.WhoAnswersFor("ana", (CriterionResult)null!));
        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership((Scorecard)null!, ["ana"]));
        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership((IEnumerable<PerformanceCriterion>)null!, ["ana"]));
        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership([Sales, null!], ["ana"]));
        Assert.Throws<ArgumentNullException>(() => ((ResponsibilitySnapshot)null!).CheckOwnership([Sales], ["ana"]));
        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership((IEnumerable<ScorecardResult>)null!));
        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership([result, null!]));
        Assert.Throws<ArgumentNullException>(() => ((ResponsibilitySnapshot)null!).CheckOwnership([result]));
    }
}
