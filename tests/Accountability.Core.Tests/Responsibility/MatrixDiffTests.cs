using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class MatrixDiffTests
{
    [Fact]
    public void Between_ReportsEveryKindOfChange()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().AddWorkItem("old", "Old").Assign("old", "ben", "R").Build();
        ResponsibilityMatrix v2 = v1.ToBuilder()
            .RemoveWorkItem("old")
            .RemoveWorkItem("task")
            .AddWorkItem("task", "Task renamed", requiredAuthority: Authority.Of(3, "approve"))
            .AddWorkItem("new", "New")
            .Assign("task", "manager", "A")
            .Assign("task", "ben", "R", "C")
            .Assign("new", "ana", "A")
            .AddPerson("dan", "Dan")
            .RemoveParty("cy")
            .AddTenure("dan", "reps", Fixture.Apr1)
            .EffectiveFrom(Fixture.Apr1)
            .Build();
        MatrixDiff diff = v1.DiffTo(v2);
        Assert.Equal(1, diff.FromVersion);
        Assert.Equal(2, diff.ToVersion);
        Assert.Equal(Fixture.Apr1, diff.ToEffectiveFrom);
        Assert.False(diff.IsEmpty);
        Assert.Equal(
            "v1 → v2 from 2026-04-01" + Environment.NewLine +
            "+ party Dan (dan)" + Environment.NewLine +
            "- party Cy (cy)" + Environment.NewLine +
            "+ item New (new)" + Environment.NewLine +
            "- item Old (old)" + Environment.NewLine +
            "~ item Task (task) → Task renamed (task)" + Environment.NewLine +
            "+ tenure dan in reps from 2026-04-01 onwards" + Environment.NewLine +
            "- tenure cy in reps from 2026-01-01 onwards" + Environment.NewLine +
            "+ cell new × ana: A" + Environment.NewLine +
            "- cell task × reps: I" + Environment.NewLine +
            "- cell old × ben: R" + Environment.NewLine +
            "~ cell task × ben: R → R/C",
            diff.ToString());
        Assert.True(v1.Apply(diff).HasSameContentAs(v2));
    }

    [Fact]
    public void Between_SameContent_IsEmpty()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().Build();
        MatrixDiff diff = MatrixDiff.Between(v1, v1.ToBuilder().Build());
        Assert.True(diff.IsEmpty);
        Assert.Equal("v1 → v2: no changes", diff.ToString());
    }

    [Fact]
    public void Between_DifferentSchemes_Throws()
    {
        ResponsibilityMatrix raci = Fixture.Basic().Build();
        ResponsibilityMatrix daci = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Daci).Build();
        var ex = Assert.Throws<AccountabilityException>(() => MatrixDiff.Between(raci, daci));
        Assert.Equal("error scheme: Cannot compare a RACI matrix with a DACI matrix. [scheme-mismatch]", ex.Problems.Single().ToString());
        Assert.Throws<ArgumentNullException>(() => MatrixDiff.Between(null!, raci));
        Assert.Throws<ArgumentNullException>(() => raci.Apply(null!));
    }

    [Fact]
    public void Apply_WrongVersion_Throws()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().Build();
        ResponsibilityMatrix v2 = v1.ToBuilder().Unassign("task", "reps").Build();
        var ex = Assert.Throws<AccountabilityException>(() => v2.Apply(v1.DiffTo(v2)));
        Assert.Equal("error diff.fromVersion: The diff starts from version 1, but this matrix is version 2. [diff-version-mismatch]", ex.Problems.Single().ToString());
    }

    [Fact]
    public void Apply_DiffThatDoesNotFit_Throws()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().Build();
        ResponsibilityMatrix other = ResponsibilityMatrix.Create(v1.Scheme, v1.Parties, v1.WorkItems, v1.Tenures, [new Assignment("task", "ben", ["R"])], version: 1);
        MatrixDiff diff = v1.DiffTo(v1.ToBuilder().Unassign("task", "reps").Assign("task", "cy", "C").Build());
        var ex = Assert.Throws<AccountabilityException>(() => other.Apply(diff));
        Assert.Equal(
            ["error assignments: The diff removes task × reps: I, which this matrix does not hold as such. [diff-does-not-apply]"],
            Fixture.Lines(ex.Problems));
        ResponsibilityMatrix withCy = v1.ToBuilder().Assign("task", "cy", "C").Build();
        MatrixDiff adds = v1.DiffTo(withCy);
        var ex2 = Assert.Throws<AccountabilityException>(() => ResponsibilityMatrix.Create(v1.Scheme, withCy.Parties, withCy.WorkItems, withCy.Tenures, withCy.Assignments).Apply(adds));
        Assert.Equal("error assignments: The diff adds task × cy: C, which this matrix already holds. [diff-does-not-apply]", ex2.Problems.Single().ToString());
    }

    [Fact]
    public void ValueChange_ToString()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().Build();
        MatrixDiff diff = v1.DiffTo(v1.ToBuilder().RemoveParty("ben").AddPerson("ben", "Benjamin").Assign("task", "ben", "R").Build());
        ValueChange<Party> change = Assert.Single(diff.PartiesChanged);
        Assert.Equal("Ben (ben) → Benjamin (ben)", change.ToString());
        Assert.Empty(diff.AssignmentsChanged);
    }
}

public class HandoverTests
{
    [Fact]
    public void Handover_MovesCellsAndRolesFromTheDate_KeepsHistory()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().AddPerson("dan", "Dan").AddWorkItem("t2", "T2").Assign("t2", "ana", "R").Assign("t2", "dan", "A").Build();
        Handover handover = v1.Handover("ana", "dan", Fixture.Apr1);
        ResponsibilityMatrix v2 = handover.After;
        Assert.Same(v1, handover.Before);
        Assert.Equal(2, v2.Version);
        Assert.Equal(Fixture.Apr1, v2.EffectiveFrom);
        Assert.Equal("ana", handover.From.Id.Value);
        Assert.Equal("dan", handover.To.Id.Value);
        Assert.Empty(v2.ResponsibilitiesOf("ana", Fixture.Apr1).Entries);
        Assert.Equal(["R", "A"], v2.CodesOf("t2", "dan").Select(c => c.Symbol));
        Assert.Equal(["dan"], v2.HoldersOf("manager", Fixture.Apr1).Select(p => p.Id.Value));
        Assert.Equal(["ana"], v2.HoldersOf("manager", Fixture.Mar31).Select(p => p.Id.Value));
        Assert.Equal(
            "Ana (ana) → Dan (dan) from 2026-04-01" + Environment.NewLine +
            "v1 → v2 from 2026-04-01" + Environment.NewLine +
            "+ tenure ana in manager from 2026-01-01 to 2026-03-31" + Environment.NewLine +
            "+ tenure dan in manager from 2026-04-01 onwards" + Environment.NewLine +
            "- tenure ana in manager from 2026-01-01 onwards" + Environment.NewLine +
            "- cell t2 × ana: R" + Environment.NewLine +
            "~ cell t2 × dan: A → R/A",
            handover.ToString());
        Assert.Equal(["R"], v1.CodesOf("t2", "ana").Select(c => c.Symbol));
    }

    [Fact]
    public void Handover_TenureStartingLater_MovesWhole()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().AddPerson("dan", "Dan").AddTenure("ben", "reps", new LocalDate(2026, 5, 1), new LocalDate(2026, 6, 30)).Build();
        ResponsibilityMatrix v2 = v1.Handover("ben", "dan", Fixture.Apr1).After;
        Assert.Contains(new Tenure("dan", "reps", new LocalDate(2026, 5, 1), new LocalDate(2026, 6, 30)), v2.Tenures);
        Assert.DoesNotContain(v2.Tenures, t => t.Person == "ben");
    }

    [Fact]
    public void Handover_BadInput_ReportsEveryProblem()
    {
        ResponsibilityMatrix v2 = Fixture.Basic().EffectiveFrom(Fixture.Apr1).Build();
        var ex = Assert.Throws<AccountabilityException>(() => v2.Handover("zed", "zed", Fixture.Mar31));
        Assert.Equal(
            [
                "error from: The party 'zed' is not defined in the matrix. [unknown-party]",
                "error to: The party 'zed' is not defined in the matrix. [unknown-party]",
                "error to: 'zed' cannot hand over to itself. [handover-to-self]",
                "error effectiveFrom: The handover on 2026-03-31 is before this version applies (2026-04-01). [handover-before-version]",
            ],
            Fixture.Lines(ex.Problems));
    }
}

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
