using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class ResponsibilityMatrixTests
{
    private static readonly LocalDate Dec31 = new(2025, 12, 31);

    [Fact]
    public void HoldersOf_ResolvesRolesTeamsAndPeopleOnADate()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddTenure("ben", "manager", new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)).Build();
        Assert.Equal(["ana"], m.HoldersOf("manager", Fixture.Jan1).Select(p => p.Id.Value));
        Assert.Equal(["ana", "ben"], m.HoldersOf("manager", new LocalDate(2026, 2, 28)).Select(p => p.Id.Value));
        Assert.Empty(m.HoldersOf("manager", Dec31));
        Assert.Equal(["ben"], m.HoldersOf("ben", Dec31).Select(p => p.Id.Value));
        Assert.Equal(["cy"], m.HoldersOf("reps", Fixture.Mar31).Select(p => p.Id.Value));
    }

    [Fact]
    public void MembershipsOf_And_EffectiveAuthority_FollowTenures()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build();
        Assert.Equal(["manager"], m.MembershipsOf("ana", Fixture.Mar31).Select(p => p.Id.Value));
        Assert.Equal(Authority.Of(3, "approve"), m.EffectiveAuthority("ana", Fixture.Mar31));
        Assert.Equal(Authority.Of(2), m.EffectiveAuthority("ana", Dec31));
        Assert.Equal(Authority.Of(3, "approve"), m.EffectiveAuthority("manager", Dec31));
    }

    [Fact]
    public void Lookups_ReturnContent()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddWorkItem("sub", "Sub", parent: "task").Build();
        Assert.True(m.TryGetParty("ana", out Party? ana));
        Assert.Equal("Ana", ana.Name);
        Assert.False(m.TryGetParty("zed", out _));
        Assert.True(m.TryGetWorkItem("sub", out _));
        Assert.Equal(1, m.DepthOf("sub"));
        Assert.Equal(["sub"], m.ChildrenOf("task").Select(i => i.Id.Value));
        Assert.Equal(3, m.AssignmentsOf("task").Count);
        Assert.Empty(m.CodesOf("sub", "ana"));
        Assert.Equal(["A"], m.CodesOf("task", "manager").Select(c => c.Symbol));
    }

    [Fact]
    public void Lookups_UnknownIds_ThrowAccountabilityException()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build();
        var ex = Assert.Throws<AccountabilityException>(() => m.GetParty("zed"));
        Assert.Equal("error party: The party 'zed' is not defined in the matrix. [unknown-party]", ex.Problems.Single().ToString());
        var ex2 = Assert.Throws<AccountabilityException>(() => m.GetWorkItem("ghost"));
        Assert.Equal("error workItem: The work item 'ghost' is not defined in the matrix. [unknown-work-item]", ex2.Problems.Single().ToString());
        Assert.Throws<AccountabilityException>(() => m.HoldersOf("zed", Dec31));
        Assert.Throws<AccountabilityException>(() => m.CodesOf("task", "zed"));
        Assert.Throws<AccountabilityException>(() => m.DepthOf("ghost"));
        Assert.Throws<AccountabilityException>(() => m.ResponsibilitiesOf("zed", Dec31));
        Assert.Throws<AccountabilityException>(() => m.WhoAnswersFor("ghost", Dec31));
    }

    [Fact]
    public void Create_FromPlainData_MatchesBuilder()
    {
        ResponsibilityMatrix built = Fixture.Basic().Build();
        ResponsibilityMatrix fromData = ResponsibilityMatrix.Create(built.Scheme, built.Parties.Reverse(), built.WorkItems, built.Tenures, built.Assignments, version: 4, effectiveFrom: Fixture.Apr1);
        Assert.True(fromData.HasSameContentAs(built));
        Assert.Equal(4, fromData.Version);
        Assert.False(fromData.HasSameContentAs(built.ToBuilder().Unassign("task", "ben").Build()));
    }

    [Fact]
    public void Create_BadArguments_Throw()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => ResponsibilityMatrix.Create(m.Scheme, [], [], [], [], version: 0));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityMatrix.Create(null!, [], [], [], []));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityMatrix.Create(m.Scheme, [null!], [], [], []));
        Assert.Throws<ArgumentNullException>(() => m.HasSameContentAs(null!));
    }
}
