using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class ResponsibilityMatrixBuilderTests
{
    [Fact]
    public void Build_ValidContent_BuildsVersionOne()
    {
        ResponsibilityMatrix matrix = Fixture.Basic().Build();
        Assert.Equal(1, matrix.Version);
        Assert.Null(matrix.EffectiveFrom);
        Assert.Equal(5, matrix.Parties.Count);
        Assert.Single(matrix.WorkItems);
        Assert.Equal(3, matrix.Assignments.Count);
        Assert.Equal("RACI matrix v1 (1 item × 5 parties)", matrix.ToString());
    }

    [Fact]
    public void Assign_SameCellTwice_MergesCodesInSchemeOrder()
    {
        ResponsibilityMatrix matrix = Fixture.Basic().Assign("task", "ben", "C").Assign("task", "ben", "R").Build();
        Assert.Equal(["R", "C"], matrix.CodesOf("task", "ben").Select(c => c.Symbol));
    }

    [Fact]
    public void Build_UnknownPartyItemAndCode_ReportsAllAtOnce()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Fixture.Basic()
            .Assign("task", "nobody", "R")
            .Assign("ghost", "ben", "X", "R")
            .Assign("task", "cy")
            .Build());
        Assert.Equal(
            [
                "error assignments[3].party: The party 'nobody' is not defined in the matrix. [unknown-party]",
                "error assignments[4].workItem: The work item 'ghost' is not defined in the matrix. [unknown-work-item]",
                "error assignments[4].codes[0]: 'X' is not a code of the RACI scheme; use one of R, A, C, I. [unknown-code]",
                "error assignments[5].codes: The cell of 'cy' on 'task' has no code; give at least one of R, A, C, I. [assignment-without-codes]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void Build_DuplicateIds_Reported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Fixture.Basic().AddPerson("ana", "Ana again").AddWorkItem("task", "Again").Build());
        Assert.Equal(
            [
                "error parties[5].id: The party 'ana' is defined more than once. [duplicate-party]",
                "error items[1].id: The work item 'task' is defined more than once. [duplicate-work-item]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void Build_BadTenures_Reported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => Fixture.Basic()
            .AddTenure("ana", "reps", new LocalDate(2026, 3, 1), new LocalDate(2026, 2, 28))
            .AddTenure("manager", "ben", Fixture.Jan1)
            .AddTenure("zed", "nowhere", Fixture.Jan1)
            .Build());
        Assert.Equal(
            [
                "error tenures[2].effectiveTo: The tenure of 'ana' in 'reps' ends on 2026-02-28, before it starts on 2026-03-01. [tenure-ends-before-start]",
                "error tenures[3].person: Only a person can hold a role or belong to a team; 'manager' is a role. [tenure-holder-not-person]",
                "error tenures[3].roleOrTeam: A tenure must be in a role or a team; 'ben' is a person. [tenure-target-not-role-or-team]",
                "error tenures[4].person: The party 'zed' is not defined in the matrix. [unknown-party]",
                "error tenures[4].roleOrTeam: The party 'nowhere' is not defined in the matrix. [unknown-party]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void Build_BadParents_Reported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddWorkItem("a", "A", parent: "b")
            .AddWorkItem("b", "B", parent: "a")
            .AddWorkItem("c", "C", parent: "missing")
            .AddWorkItem("d", "D", parent: "d")
            .Build());
        Assert.Equal(
            [
                "error items[0].parent: The work item 'a' is nested under itself through its parents. [work-item-cycle]",
                "error items[1].parent: The work item 'b' is nested under itself through its parents. [work-item-cycle]",
                "error items[2].parent: The parent 'missing' of the work item 'c' is not defined in the matrix. [unknown-work-item]",
                "error items[3].parent: The work item 'd' is nested under itself through its parents. [work-item-cycle]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void ToBuilder_BuildsNextVersionAndLeavesOriginal()
    {
        ResponsibilityMatrix v1 = Fixture.Basic().Build();
        ResponsibilityMatrix v2 = v1.ToBuilder().Unassign("task", "reps").EffectiveFrom(Fixture.Apr1).Build();
        Assert.Equal(2, v2.Version);
        Assert.Equal(Fixture.Apr1, v2.EffectiveFrom);
        Assert.Equal(3, v1.Assignments.Count);
        Assert.Equal(2, v2.Assignments.Count);
    }

    [Fact]
    public void Remove_CascadesToCellsAndTenures()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build().ToBuilder()
            .RemoveParty("manager")
            .RemoveTenure(new Tenure("cy", "reps", Fixture.Jan1))
            .Build();
        Assert.DoesNotContain(m.Parties, p => p.Id == "manager");
        Assert.Empty(m.Tenures);
        Assert.Equal(2, m.Assignments.Count);
        ResponsibilityMatrix none = m.ToBuilder().RemoveWorkItem("task").Build();
        Assert.Empty(none.WorkItems);
        Assert.Empty(none.Assignments);
    }

    [Fact]
    public void Methods_NullArguments_Throw()
    {
        var builder = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci);
        Assert.Throws<ArgumentNullException>(() => new ResponsibilityMatrixBuilder((ResponsibilityScheme)null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddParty(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddWorkItem(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddTenure(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddAssignment(null!));
        Assert.Throws<ArgumentNullException>(() => builder.RemoveTenure(null!));
        Assert.Throws<ArgumentNullException>(() => builder.Assign("a", "b", null!));
    }
}
