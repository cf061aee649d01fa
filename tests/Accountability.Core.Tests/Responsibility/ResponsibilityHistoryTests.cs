using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class ResponsibilityHistoryTests
{
    [Fact]
    public void At_ReturnsVersionInEffect_AndAnswersForPastDates()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().AddPerson("dan", "Dan").Build();
        Handover handover = v1.Handover("ana", "dan", Fixture.Apr1);
        ResponsibilityHistory history = ResponsibilityHistory.Start(v1).Append(handover.After);
        Assert.Equal(2, history.Versions.Count);
        Assert.Same(handover.After, history.Current);
        Assert.Same(v1, history.At(Fixture.Mar31));
        Assert.Same(handover.After, history.At(Fixture.Apr1));
        Assert.Same(v1, history.Version(1));
        Assert.Equal("ana", history.WhoAnswersFor("task", Fixture.Mar31).Accountable.Person.Id.Value);
        Assert.Equal("dan", history.WhoAnswersFor("task", Fixture.Apr1).Accountable.Person.Id.Value);
    }

    [Fact]
    public void AuditTrail_DiffsConsecutiveVersions()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().AddPerson("dan", "Dan").Build();
        ResponsibilityMatrix v2 = v1.Handover("ben", "dan", Fixture.Apr1).After;
        ResponsibilityMatrix v3 = v2.ToBuilder().Assign("task", "ana", "C").EffectiveFrom(new LocalDate(2026, 5, 1)).Build();
        ResponsibilityHistory history = ResponsibilityHistory.Start(v1).Append(v2).Append(v3);
        IReadOnlyList<MatrixDiff> trail = history.AuditTrail();
        Assert.Equal([(1, 2), (2, 3)], trail.Select(d => (d.FromVersion, d.ToVersion)));
        Assert.Equal("task × dan: R", Assert.Single(trail[0].AssignmentsAdded).ToString());
        Assert.Equal("task × ana: C", Assert.Single(trail[1].AssignmentsAdded).ToString());
        Assert.Empty(ResponsibilityHistory.Start(v1).AuditTrail());
    }

    [Fact]
    public void Append_OutOfOrder_ReportsEveryProblem()
    {
        ResponsibilityMatrix v2 = Fixture.Basic().Build().ToBuilder().EffectiveFrom(Fixture.Apr1).Build();
        ResponsibilityHistory history = ResponsibilityHistory.Start(v2);
        ResponsibilityMatrix daci = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Daci).EffectiveFrom(Fixture.Mar31).Build();
        var ex = Assert.Throws<AccountabilityException>(() => history.Append(daci));
        Assert.Equal(
            [
                "error version: Version 1 cannot follow version 2. [version-not-increasing]",
                "error scheme: A DACI matrix cannot follow a RACI matrix. [scheme-mismatch]",
                "error effectiveFrom: A later version needs an effective date on or after the current version's (2026-04-01). [effective-date-not-increasing]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void At_BeforeFirstVersion_Throws()
    {
        ResponsibilityHistory history = ResponsibilityHistory.Start(Fixture.Basic().EffectiveFrom(Fixture.Apr1).Build());
        var ex = Assert.Throws<AccountabilityException>(() => history.At(Fixture.Mar31));
        Assert.Equal("error date: No version of the matrix applies on 2026-03-31; the first applies from 2026-04-01. [no-version-in-effect]", ex.Problems.Single().ToString());
        var ex2 = Assert.Throws<AccountabilityException>(() => history.Version(7));
        Assert.Equal("error version: The history has no version 7. [unknown-version]", ex2.Problems.Single().ToString());
        Assert.Throws<ArgumentNullException>(() => ResponsibilityHistory.Start(null!));
        Assert.Throws<ArgumentNullException>(() => history.Append(null!));
    }

    [Fact]
    public void Append_WithoutEffectiveDate_Throws()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().Build();
        var ex = Assert.Throws<AccountabilityException>(() => ResponsibilityHistory.Start(v1).Append(v1.ToBuilder().Build()));
        Assert.Equal("error effectiveFrom: A later version needs an effective date on or after the current version's. [effective-date-not-increasing]", ex.Problems.Single().ToString());
    }
}
