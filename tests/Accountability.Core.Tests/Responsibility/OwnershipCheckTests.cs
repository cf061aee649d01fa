using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class OwnershipCheckTests
{
    private static readonly CriterionWork Sales = new("sales", "Sales amount", "report-sales");
    private static readonly CriterionWork Visits = new("visits", "Customer visits", "visits");
    private static readonly CriterionWork Csat = new("csat", "Satisfaction", null);
    private static readonly CriterionWork Ghost = new("ghost", "Ghost work", "no-such-item");

    [Fact]
    public void EveryoneOwnsTheirWork_NothingReported()
    {
        Assert.Empty(SalesRegions.Snapshot().CheckOwnership(["ana", "bo", "fay", "cy", "dan"], [Sales]));
    }

    [Fact]
    public void SubjectScoredOnWorkTheyDoNotOwn_IsReported()
    {
        IReadOnlyList<Problem> problems = SalesRegions.Snapshot().CheckOwnership(["ana", "zed"], [Sales, Visits]);

        Assert.Equal(
            [
                "subjects[ana].criteria[visits] scored-without-responsibility",
                "subjects[zed].criteria[sales] scored-without-responsibility",
            ],
            problems.Select(p => p.Path + " " + p.Code));
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
        Assert.Equal(
            "Zed (zed) is scored on 'Sales amount' (sales) but holds no Responsible code on 'Report sales' (report-sales) or any item under it on 2026-03-31, directly or through a role or team; a subject is measured only on what they own.",
            problems[1].Message);
        Assert.Equal(new PartyId("zed"), problems[1].AttemptedValue);
    }

    [Fact]
    public void ManagerLackingAuthority_IsReportedForEachSubjectMeasuredOnThatWork()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot(westManagerLevel: 2);
        Assert.Contains(snapshot.Problems, p => p.Code == ResponsibilityProblemCodes.AuthorityMismatch);

        IReadOnlyList<Problem> problems = snapshot.CheckOwnership(["ana", "bo", "cy"], [Sales]);

        Assert.Equal(
            [
                "subjects[ana].criteria[sales].items[sales-west].accountable manager-lacks-authority",
                "subjects[bo].criteria[sales].items[sales-west].accountable manager-lacks-authority",
            ],
            problems.Select(p => p.Path + " " + p.Code));
        Assert.Equal(ProblemSeverity.Error, problems[0].Severity);
        Assert.Equal(new PartyId("rm-west"), problems[0].AttemptedValue);
        Assert.Equal(
            "Ana (ana) is scored on 'Sales amount' (sales) for 'West sales' (sales-west), but West manager (rm-west) (held by Wu (wu)), Accountable for it, lacks level 3 (has 2) on 2026-03-31; responsibility must match authority.",
            problems[0].Message);
    }

    [Fact]
    public void CriterionWithoutWorkItem_AndUnknownItem_AndUnknownSubject_AreReported()
    {
        IReadOnlyList<Problem> problems = SalesRegions.Snapshot().CheckOwnership(["ana", "nobody", "ana"], [Csat, Ghost, Sales]);

        Assert.Equal(
            [
                "criteria[csat] criterion-without-work-item Information",
                "criteria[ghost].workItem unknown-work-item Error",
                "subjects[nobody] unknown-party Error",
            ],
            problems.Select(p => p.Path + " " + p.Code + " " + p.Severity));
        Assert.Equal("The criterion 'Satisfaction' (csat) names no work item, so whether its subjects own that work cannot be checked.", problems[0].Message);
        Assert.Equal("The criterion 'Ghost work' (ghost) names the work item 'no-such-item', which matrix v1 does not define.", problems[1].Message);
        Assert.Equal("The subject 'nobody' is not a party of matrix v1, so it holds no responsibility for anything it is scored on.", problems[2].Message);
    }

    [Fact]
    public void SeverityOverrides_Apply()
    {
        ResponsibilityOptions options = ResponsibilityOptions.Default.WithSeverity(ResponsibilityProblemCodes.ScoredWithoutResponsibility, ProblemSeverity.Warning);

        Problem problem = Assert.Single(SalesRegions.Snapshot().CheckOwnership(["zed"], [Sales], options));

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void DateBeforeVersion_OnlyThatError()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Builder().Build().AsOf(SalesRegions.Jan1.PlusDays(-1));

        Assert.Equal([ResponsibilityProblemCodes.DateBeforeVersion], snapshot.CheckOwnership(["zed"], [Sales]).Select(p => p.Code));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot();

        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership(null!, [Sales]));
        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership(["ana"], null!));
        Assert.Throws<ArgumentNullException>(() => snapshot.CheckOwnership(["ana"], [null!]));
        Assert.Throws<ArgumentException>(() => snapshot.CheckOwnership([default(PartyId)], [Sales]));
        Assert.Throws<ArgumentException>(() => new CriterionWork(default, "x", null));
        Assert.Throws<ArgumentException>(() => new CriterionWork("c", " ", null));
        Assert.Throws<ArgumentException>(() => new CriterionWork("c", "x", default(WorkItemId)));
        Assert.Equal("Sales amount (sales) on report-sales", Sales.ToString());
        Assert.Equal("Satisfaction (csat)", Csat.ToString());
    }
}
