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
