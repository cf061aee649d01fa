using Accountability.Criteria;
using Accountability.Responsibility;
using Accountability.Scoring;
using NodaTime;

namespace Accountability.Tests.Scoring;

public class CriterionAccountabilityTests
{
    private static readonly LocalDate Jan1 = new(2026, 1, 1);
    private static readonly LocalDate Mar31 = new(2026, 3, 31);

    private static ResponsibilitySnapshot Matrix() =>
        new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddRole("rm-east", "Regional manager East")
            .AddRole("rm-west", "Regional manager West")
            .AddPerson("li-na", "Li Na")
            .AddPerson("chen-jie", "Chen Jie")
            .AddTenure("li-na", "rm-east", Jan1)
            .AddWorkItem("report-sales", "Report sales")
            .AddWorkItem("call-west", "Hospital calls West")
            .Assign("report-sales", "rm-east", "A")
            .Assign("report-sales", "chen-jie", "R")
            .Assign("call-west", "rm-west", "A")
            .Assign("call-west", "chen-jie", "R")
            .EffectiveFrom(Jan1)
            .Build()
            .AsOf(Mar31);

    private static ScorecardResult Scored()
    {
        Scorecard card = Scorecard.CreateBuilder("c", "Card")
            .Add(new PerformanceCriterion("sales", "Sales amount", "USD", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(100m, 150m), workItem: "report-sales"), 50m)
            .Add(new PerformanceCriterion("accounts", "New accounts", "n", CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(10m, 150m), workItem: "call-west"), 30m)
            .Add(new PerformanceCriterion("csat", "Satisfaction", "pts", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 20m)
            .WithMissingValues(MissingValuePolicy.ScoreZero)
            .Build();
        return card.Score(Actuals.For("chen-jie").Value("sales", 80m).Value("accounts", 12m).Build());
    }

    [Fact]
    public void WhoAnswersFor_WorkItemAsAWhole_ResolvesAccountableAndResponsiblePeople()
    {
        CriterionAccountability sales = Matrix().WhoAnswersFor(Scored()["sales"]);

        Assert.True(sales.IsAnswered);
        Assert.Equal("li-na", sales.Answer!.Accountable.Person.Id.Value);
        Assert.Equal("rm-east", sales.Answer.Accountable.Via!.Id.Value);
        Assert.Equal(["chen-jie"], sales.Answer.Responsible.Select(r => r.Person.Id.Value));
        Assert.StartsWith("Sales amount (sales) scored 80.00; Report sales (report-sales)", sales.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhoAnswersFor_CriterionWithoutWorkItem_SaysSo()
    {
        CriterionAccountability csat = Matrix().WhoAnswersFor(Scored()["csat"]);

        Assert.False(csat.IsAnswered);
        Assert.Equal("The criterion 'Satisfaction' (csat) names no work item, so no one is on record as answering for it.", Assert.Single(csat.Problems).Message);
        Assert.EndsWith("(csat) missing (scored 0); no answer: The criterion 'Satisfaction' (csat) names no work item, so no one is on record as answering for it.", csat.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhoAnswersFor_VacantAccountableRole_ReturnsBlockingProblems()
    {
        ScorecardResult result = Scored();

        CriterionAccountability accounts = Matrix().WhoAnswersFor(result["accounts"]);

        Assert.False(accounts.IsAnswered);
        Assert.Contains(accounts.Problems, p => p.Code == "vacancy");
    }

    [Fact]
    public void WhoAnswersForMisses_IsForTheSubject_AndItsThresholdIsConfigurable()
    {
        IReadOnlyList<SubjectAccountability> misses = Scored().WhoAnswersForMisses(Matrix());
        Assert.Equal(["sales", "csat"], misses.Select(m => m.Criterion.CriterionId.Value));
        Assert.All(misses, m => Assert.Equal("chen-jie", m.Subject.Value));
        Assert.Equal(3, Scored().WhoAnswersForMisses(Matrix(), below: 150m).Count);
        Assert.Throws<ArgumentNullException>(() => Scored().WhoAnswersForMisses(null!));
    }
}
