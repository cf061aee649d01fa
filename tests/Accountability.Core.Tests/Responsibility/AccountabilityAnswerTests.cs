using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class AccountabilityAnswerTests
{
    [Fact]
    public void WhoAnswersFor_ResolvesRolesAndTeamsToPeople()
    {
        AccountabilityAnswer answer = Fixture.Basic().Build().WhoAnswersFor("task", Fixture.Mar31);
        Assert.Equal("ana", answer.Accountable.Person.Id.Value);
        Assert.Equal("manager", answer.Accountable.Via!.Id.Value);
        Assert.Equal("A", answer.Accountable.Code.Symbol);
        ResolvedAssignment ben = Assert.Single(answer.Responsible);
        Assert.Null(ben.Via);
        Assert.Equal("ben", ben.Assigned.Id.Value);
        Assert.Equal("cy", Assert.Single(answer.Informed).Person.Id.Value);
        Assert.Empty(answer.Consulted);
        Assert.Empty(answer.Others);
        Assert.Equal(3, answer.All.Count);
        Assert.Equal(1, answer.MatrixVersion);
        Assert.Equal(Fixture.Mar31, answer.On);
        Assert.Empty(answer.Notes);
        Assert.Equal(
            "Task (task) on 2026-03-31 (matrix v1)" + Environment.NewLine +
            "  Accountable: Ana (ana) as Manager (manager)" + Environment.NewLine +
            "  Responsible: Ben (ben)" + Environment.NewLine +
            "  Informed: Cy (cy) as Reps (reps)",
            answer.ToString());
    }

    [Fact]
    public void WhoAnswersFor_OtherSchemeCodes_GoToOthers()
    {
        ResponsibilityMatrix m = new ResponsibilityMatrixBuilder(ResponsibilityScheme.RaciVs)
            .AddPerson("a", "Ann").AddPerson("b", "Bo").AddPerson("c", "Cat").AddWorkItem("t", "T")
            .Assign("t", "a", "A", "S").Assign("t", "b", "R").Assign("t", "c", "V")
            .Build();
        AccountabilityAnswer answer = m.WhoAnswersFor("t", Fixture.Mar31);
        Assert.Equal(["S", "V"], answer.Others.Select(o => o.Code.Symbol));
    }

    [Fact]
    public void WhoAnswersFor_ItemWithErrors_FailsWithClearMessage()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build();
        var ex = Assert.Throws<AccountabilityException>(() => m.WhoAnswersFor("task", new LocalDate(2025, 12, 31)));
        Assert.Equal(
            [
                "error items[task]: Cannot say who answers for 'Task' (task) on 2025-12-31: matrix v1 has errors that concern it. [accountability-unresolved]",
                "error items[task].parties[manager]: No one holds the role Manager (manager) on 2025-12-31, yet it holds A on 'Task' (task). [vacancy]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void WhoAnswersFor_ErrorsOnOtherItems_DoNotBlock_WarningsBecomeNotes()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddWorkItem("orphan", "Orphan").AddPerson("dan", "Dan").Build();
        Assert.Contains(m.Validate(Fixture.Mar31), p => p.IsError);
        AccountabilityAnswer answer = m.WhoAnswersFor("task", Fixture.Mar31);
        Assert.Equal("ana", answer.Accountable.Person.Id.Value);
        Assert.Empty(answer.Notes);
        Assert.Throws<AccountabilityException>(() => m.WhoAnswersFor("orphan", Fixture.Mar31));
    }

    [Fact]
    public void WhoAnswersFor_GuardingErrorsDowngraded_StillRefusesWithoutOneAccountablePerson()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build();
        var lenient = new ResponsibilityChecks([], ResponsibilityOptions.Default.WithSeverity(ResponsibilityProblemCodes.Vacancy, ProblemSeverity.Warning));
        var ex = Assert.Throws<AccountabilityException>(() => m.WhoAnswersFor("task", new LocalDate(2025, 12, 31), lenient));
        Assert.Equal(
            [
                "error items[task]: Cannot say who answers for 'Task' (task) on 2025-12-31: it resolves to 0 Accountable people, not one. [accountability-unresolved]",
                "warning items[task].parties[manager]: No one holds the role Manager (manager) on 2025-12-31, yet it holds A on 'Task' (task). [vacancy]",
                "warning items[task].parties[reps]: The team Reps (reps) has no member on 2025-12-31, yet it holds I on 'Task' (task). [vacancy]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void WhoAnswersFor_WarningsAboutInvolvedParties_BecomeNotes()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddPerson("dan", "Dan").Build();
        var checks = new ResponsibilityChecks([], ResponsibilityOptions.Default.WithOverloadLimit(0));
        AccountabilityAnswer answer = m.WhoAnswersFor("task", Fixture.Mar31, checks);
        Assert.Equal(["parties[ana]", "parties[manager]"], answer.Notes.Select(n => n.Path));
        Assert.EndsWith("  note: Manager (manager) is Accountable for 1 work item on 2026-03-31, more than the limit of 0.", answer.ToString(), StringComparison.Ordinal);
    }
}

public class PartyResponsibilitiesTests
{
    [Fact]
    public void ResponsibilitiesOf_Person_IncludesRolesAndTeamsHeldOnDate()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddWorkItem("t2", "T2").Assign("t2", "ana", "R").Assign("t2", "manager", "A").Build();
        PartyResponsibilities ana = m.ResponsibilitiesOf("ana", Fixture.Mar31);
        Assert.Equal(["A on Task (task) via Manager (manager)", "R on T2 (t2)", "A on T2 (t2) via Manager (manager)"], ana.Entries.Select(e => e.ToString()));
        Assert.Equal(["task", "t2"], ana.WorkItems.Select(i => i.Id.Value));
        Assert.Equal(
            "Ana (ana) on 2026-03-31:" + Environment.NewLine + "  A on Task (task) via Manager (manager)" + Environment.NewLine + "  R on T2 (t2)" + Environment.NewLine + "  A on T2 (t2) via Manager (manager)",
            ana.ToString());
        Assert.Equal(["R on T2 (t2)"], m.ResponsibilitiesOf("ana", new LocalDate(2025, 12, 31)).Entries.Select(e => e.ToString()));
    }

    [Fact]
    public void ResponsibilitiesOf_Role_IsItsOwnCells()
    {
        PartyResponsibilities manager = Fixture.Basic().Build().ResponsibilitiesOf("manager", Fixture.Mar31);
        Assert.Equal(["A on Task (task)"], manager.Entries.Select(e => e.ToString()));
        Assert.Equal("manager", manager.Party.Id.Value);
        Assert.Equal(Fixture.Mar31, manager.On);
    }
}

public class WorkloadTests
{
    [Fact]
    public void Workload_CountsPerCode_PeopleThroughRoles()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddWorkItem("t2", "T2").Assign("t2", "ana", "A").Assign("t2", "manager", "C").Assign("t2", "ben", "R").Build();
        Workload w = m.Workload(Fixture.Mar31);
        Assert.Equal(["R", "A", "C", "I"], w.Codes.Select(c => c.Symbol));
        WorkloadRow ana = w.For("ana");
        Assert.Equal(2, ana.CountOf("A"));
        Assert.Equal(1, ana.CountOf("C"));
        Assert.Equal(0, ana.CountOf("Z"));
        Assert.Equal(2, ana.Items);
        Assert.Equal(2, w.For("ben").CountOf("R"));
        Assert.Equal(1, w.For("manager").CountOf("A"));
        Assert.Equal(5, w.Rows.Count);
        Assert.Equal(1, w.MatrixVersion);
        Assert.Throws<AccountabilityException>(() => w.For("zed"));
    }
}
