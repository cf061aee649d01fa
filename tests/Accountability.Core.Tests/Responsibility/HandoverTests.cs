using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

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

    [Fact]
    public void HandoverVersion_AskedAboutADateBeforeTheHandover_Refuses_HistoryAnswersWithTheRealHolder()
    {
        // Ana is directly Responsible for t2 (and Accountable through the role manager); she hands over to Dan on 1 April.
        ResponsibilityMatrix v1 = Fixture.Basic().AddPerson("dan", "Dan").AddWorkItem("t2", "T2").Assign("t2", "ana", "R").Assign("t2", "manager", "A").Build();
        ResponsibilityMatrix v2 = v1.Handover("ana", "dan", Fixture.Apr1).After;

        // Before the fix, v2 named Dan as Responsible on 31 March (while the role still resolved to Ana).
        var ex = Assert.Throws<AccountabilityException>(() => v2.WhoAnswersFor("t2", Fixture.Mar31));
        Assert.Equal(
            [
                "error items[t2]: Cannot say who answers for 'T2' (t2) on 2026-03-31: matrix v2 has errors that concern it. [accountability-unresolved]",
                "error on: Matrix v2 applies from 2026-04-01; it cannot say who answered on 2026-03-31. Ask the version in effect that day (see ResponsibilityHistory.At). [date-before-version]",
            ],
            Fixture.Lines(ex.Problems));
        Assert.Equal([ResponsibilityProblemCodes.DateBeforeVersion], v2.Validate(Fixture.Mar31).Select(p => p.Code));
        Assert.Equal(ResponsibilityProblemCodes.DateBeforeVersion, Assert.Single(Assert.Throws<AccountabilityException>(() => v2.ResponsibilitiesOf("dan", Fixture.Mar31)).Problems).Code);
        Assert.Equal(ResponsibilityProblemCodes.DateBeforeVersion, Assert.Single(Assert.Throws<AccountabilityException>(() => v2.Workload(Fixture.Mar31)).Problems).Code);
        Assert.Equal(ResponsibilityProblemCodes.DateBeforeVersion, v2.AsOf(Fixture.Mar31).Blocking("t2")[1].Code);

        // The version handed over from, and a history holding both, name who really held it.
        ResponsibilityHistory history = ResponsibilityHistory.Start(v1).Append(v2);
        Assert.Equal(["ana"], history.WhoAnswersFor("t2", Fixture.Mar31).Responsible.Select(r => r.Person.Id.Value));
        Assert.Equal(["dan"], history.WhoAnswersFor("t2", Fixture.Apr1).Responsible.Select(r => r.Person.Id.Value));
        Assert.Equal(["dan"], v2.WhoAnswersFor("t2", Fixture.Apr1).Responsible.Select(r => r.Person.Id.Value));
        Assert.Equal("ana", v1.WhoAnswersFor("t2", Fixture.Mar31).Accountable.Person.Id.Value);

        // Role tenures are dated, so asking who held a role before the handover still answers.
        Assert.Equal(["ana"], v2.HoldersOf("manager", Fixture.Mar31).Select(p => p.Id.Value));
    }

    [Fact]
    public void DateBeforeVersion_CannotBeDowngradedBySeverityOverrides()
    {
        ResponsibilityMatrix v2 = Fixture.Basic().EffectiveFrom(Fixture.Apr1).Build();
        var lenient = new ResponsibilityChecks([], ResponsibilityOptions.Default.WithSeverity(ResponsibilityProblemCodes.DateBeforeVersion, ProblemSeverity.Information));
        Problem problem = Assert.Single(v2.Validate(Fixture.Mar31, lenient));
        Assert.True(problem.IsError);
        Assert.Throws<AccountabilityException>(() => v2.WhoAnswersFor("task", Fixture.Mar31, lenient));
        Assert.Equal("ana", v2.WhoAnswersFor("task", Fixture.Apr1, lenient).Accountable.Person.Id.Value);
    }

    [Fact]
    public void Handover_OntoSomeoneHoldingACodeTheSchemeForbidsWithTheGiversCode_IsRefused()
    {
        // DACI forbids the Driver also being the Approver: Dan drives, Ana approves; Ana hands over to Dan.
        ResponsibilityMatrix v1 = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Daci)
            .AddPerson("ana", "Ana")
            .AddPerson("dan", "Dan")
            .AddWorkItem("launch", "Launch")
            .AddWorkItem("pricing", "Pricing")
            .Assign("launch", "dan", "D")
            .Assign("launch", "ana", "A")
            .Assign("pricing", "ana", "A")
            .Assign("pricing", "dan", "C")
            .Build();
        Assert.True(ResponsibilityScheme.Daci.Forbids("D", "A"));

        var ex = Assert.Throws<AccountabilityException>(() => v1.Handover("ana", "dan", Fixture.Apr1));
        Assert.Equal(
            [
                "error items[launch].parties[dan]: Handing over from Ana (ana) to Dan (dan) would give Dan (dan) both D and A on 'Launch' (launch), which the DACI scheme forbids together; reassign one of them before the handover. [handover-forbidden-combination]",
                "error items[pricing].parties[dan]: Handing over from Ana (ana) to Dan (dan) would give Dan (dan) both C and A on 'Pricing' (pricing), which the DACI scheme forbids together; reassign one of them before the handover. [handover-forbidden-combination]",
            ],
            Fixture.Lines(ex.Problems));

        // Once the Driver is reassigned, the handover goes through and every item can be answered for.
        ResponsibilityMatrix fixedUp = v1.ToBuilder().Unassign("launch", "dan").Unassign("pricing", "dan").AddPerson("eve", "Eve").Assign("launch", "eve", "D").Assign("pricing", "eve", "D").Build();
        ResponsibilityMatrix v3 = fixedUp.Handover("ana", "dan", Fixture.Apr1).After;
        Assert.DoesNotContain(v3.Validate(Fixture.Apr1), p => p.IsError);
        Assert.Equal("dan", v3.WhoAnswersFor("launch", Fixture.Apr1).Accountable.Person.Id.Value);
    }

    [Fact]
    public void Handover_ForbiddenPairAlreadyHeldByOneSide_IsNotTheHandoversDoing()
    {
        // Dan already holds A and C together on task (an error of the matrix, not of the handover); Ana adds only R.
        ResponsibilityMatrix v1 = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("ana", "Ana")
            .AddPerson("dan", "Dan")
            .AddWorkItem("task", "Task")
            .Assign("task", "dan", "A", "C")
            .Assign("task", "ana", "R")
            .Build();
        Assert.True(ResponsibilityScheme.Raci.Forbids("A", "C"));
        ResponsibilityMatrix v2 = v1.Handover("ana", "dan", Fixture.Apr1).After;
        Assert.Equal(["R", "A", "C"], v2.CodesOf("task", "dan").Select(c => c.Symbol));
    }
}
