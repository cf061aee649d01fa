using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Tests.Responsibility;

public class ResponsibilityChecksTests
{
    private static readonly LocalDate On = Fixture.Mar31;

    [Fact]
    public void Validate_ValidMatrix_NoProblems()
    {
        Assert.Empty(Fixture.Basic().Build().Validate(On));
    }

    [Fact]
    public void BuiltInNames_InRunOrder()
    {
        Assert.Equal(["accountable", "responsible", "code-limits", "authority", "vacancy", "combinations", "consulted", "workload"], ResponsibilityChecks.BuiltInNames);
        Assert.Equal(8, ResponsibilityChecks.Default.Checks.Count);
    }

    [Fact]
    public void Accountable_Missing_IsError()
    {
        ResponsibilityMatrix m = Fixture.Basic().Unassign("task", "manager").Build();
        Problem p = Assert.Single(m.Validate(On), p => p.Code == ResponsibilityProblemCodes.AccountableMissing);
        Assert.Equal("error items[task].accountable: No one is Accountable for 'Task' (task); give exactly one party the code A. [accountable-missing]", p.ToString());
    }

    [Fact]
    public void Accountable_Multiple_IsError()
    {
        ResponsibilityMatrix m = Fixture.Basic().Assign("task", "ben", "A").Build();
        Problem p = Assert.Single(m.Validate(On), p => p.Code == ResponsibilityProblemCodes.AccountableMultiple);
        Assert.Equal("error items[task].accountable: 2 parties are Accountable for 'Task' (task): Ben (ben), Manager (manager); exactly one may hold A. [accountable-multiple]", p.ToString());
        Assert.Equal(2, p.AttemptedValue);
    }

    [Fact]
    public void Accountable_RoleHeldByTwoPeople_IsAmbiguous()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddTenure("ben", "manager", Fixture.Jan1).Build();
        Problem p = Assert.Single(m.Validate(On), p => p.Code == ResponsibilityProblemCodes.AccountableAmbiguous);
        Assert.Equal("error items[task].accountable: The Accountable role Manager (manager) for 'Task' (task) stands for 2 people on 2026-03-31: Ana (ana), Ben (ben); one person must answer. [accountable-ambiguous]", p.ToString());
    }

    [Fact]
    public void Responsible_Missing_IsError_WithSchemeSymbols()
    {
        ResponsibilityMatrix m = Fixture.Basic().Unassign("task", "ben").Build();
        Problem p = Assert.Single(m.Validate(On), p => p.Code == ResponsibilityProblemCodes.ResponsibleMissing);
        Assert.Equal("error items[task].responsible: No one is Responsible for 'Task' (task); give at least one party the code R. [responsible-missing]", p.ToString());

        ResponsibilityMatrix daci = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Daci)
            .AddPerson("a", "A").AddWorkItem("t", "T").Assign("t", "a", "A").Build();
        Assert.Contains(daci.Validate(On), p => p.Message == "No one is Responsible for 'T' (t); give at least one party the code D.");
    }

    [Fact]
    public void CodeLimits_TwoSignatories_IsError()
    {
        ResponsibilityMatrix m = new ResponsibilityMatrixBuilder(ResponsibilityScheme.RaciVs)
            .AddPerson("a", "Ann").AddPerson("b", "Bo").AddPerson("c", "Cat").AddWorkItem("t", "T")
            .Assign("t", "a", "A").Assign("t", "b", "R", "S").Assign("t", "c", "V", "S")
            .Build();
        Assert.Equal(
            ["error items[t].codes[S]: 2 parties hold S (Signatory) on 'T' (t): Bo (b), Cat (c); at most 1 may. [code-above-maximum]"],
            Fixture.Lines(m.Validate(On)));
    }

    [Fact]
    public void Authority_AccountableWithoutRequiredAuthority_IsError()
    {
        ResponsibilityMatrix m = Fixture.Basic().Unassign("task", "manager").Assign("task", "cy", "A").Build();
        Problem p = Assert.Single(m.Validate(On), p => p.Code == ResponsibilityProblemCodes.AuthorityMismatch);
        Assert.Equal("error items[task].accountable: Cy (cy) is Accountable for 'Task' (task) but lacks the right 'approve' and level 3 (has none) on 2026-03-31; responsibility must match authority. [authority-mismatch]", p.ToString());
    }

    [Fact]
    public void Authority_PersonActsWithRolesHeldOnTheDate()
    {
        ResponsibilityMatrix m = Fixture.Basic().Unassign("task", "manager").Assign("task", "ana", "A").Build();
        Assert.DoesNotContain(m.Validate(On), p => p.Code == ResponsibilityProblemCodes.AuthorityMismatch);
        Assert.Contains(m.Validate(new LocalDate(2025, 12, 31)), p => p.Code == ResponsibilityProblemCodes.AuthorityMismatch && p.Message.Contains("lacks the right 'approve' and level 3 (has 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Vacancy_AccountableRoleUnheld_IsError_InformedTeamEmpty_IsWarning()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build();
        var before = new LocalDate(2025, 12, 31);
        Assert.Equal(
            [
                "error items[task].parties[manager]: No one holds the role Manager (manager) on 2025-12-31, yet it holds A on 'Task' (task). [vacancy]",
                "warning items[task].parties[reps]: The team Reps (reps) has no member on 2025-12-31, yet it holds I on 'Task' (task). [vacancy]",
            ],
            Fixture.Lines(m.Validate(before).Where(p => p.Code == ResponsibilityProblemCodes.Vacancy)));
    }

    [Fact]
    public void Combinations_SchemeForbiddenPair_IsError()
    {
        ResponsibilityMatrix m = Fixture.Basic().Assign("task", "manager", "C").Build();
        Assert.Equal(
            ["error items[task].parties[manager]: Manager (manager) holds both A and C on 'Task' (task), which may not be held together. [forbidden-combination]"],
            Fixture.Lines(m.Validate(On)));
    }

    [Fact]
    public void Combinations_OptionsAddAndLiftPairs()
    {
        ResponsibilityMatrix m = Fixture.Basic().Assign("task", "ben", "A").Unassign("task", "manager").Assign("task", "manager", "C").Build();
        var checks = new ResponsibilityChecks([], ResponsibilityOptions.Default
            .WithSchemeForbiddenCombinations(false)
            .WithForbiddenCombination("R", "A")
            .WithForbiddenCombination("R", "Z"));
        IReadOnlyList<Problem> problems = m.Validate(On, checks);
        Assert.Contains("warning options.forbiddenCombinations[1]: The forbidden combination R+Z names 'Z', which is not a code of the RACI scheme; it is not checked. [unknown-code]", Fixture.Lines(problems));
        Assert.Contains("error items[task].parties[ben]: Ben (ben) holds both R and A on 'Task' (task), which may not be held together. [forbidden-combination]", Fixture.Lines(problems));
        Assert.DoesNotContain(problems, p => p.Path == "items[task].parties[manager]");
    }

    [Fact]
    public void Consulted_TooMany_IsWarning()
    {
        ResponsibilityMatrix m = Fixture.Basic().Assign("task", "ana", "C").Assign("task", "cy", "C").Build();
        var checks = new ResponsibilityChecks([], ResponsibilityOptions.Default.WithMaximumConsulted(1));
        Assert.Equal(
            ["warning items[task].consulted: 2 parties are Consulted on 'Task' (task); more than 1 slows decisions down. [too-many-consulted]"],
            Fixture.Lines(m.Validate(On, checks)));
    }

    [Fact]
    public void Workload_OverloadAndUnassigned()
    {
        ResponsibilityMatrix m = Fixture.Basic()
            .AddWorkItem("task2", "Task 2")
            .Assign("task2", "ana", "A")
            .Assign("task2", "ben", "R")
            .AddPerson("dan", "Dan")
            .Build();
        var checks = new ResponsibilityChecks([], ResponsibilityOptions.Default.WithOverloadLimit(1));
        Assert.Equal(
            [
                "warning parties[ana]: Ana (ana) is Accountable for 2 work items on 2026-03-31, more than the limit of 1. [overload]",
                "information parties[dan]: Dan (dan) has no assignment on 2026-03-31. [party-unassigned]",
            ],
            Fixture.Lines(m.Validate(On, checks)));
    }

    [Fact]
    public void SeverityOverrides_ReplaceSeverityByCode()
    {
        ResponsibilityMatrix m = Fixture.Basic().AddPerson("dan", "Dan").Build();
        var checks = ResponsibilityChecks.Default.WithOptions(ResponsibilityOptions.Default.WithSeverity(ResponsibilityProblemCodes.PartyUnassigned, ProblemSeverity.Error));
        Assert.Equal(["error parties[dan]: Dan (dan) has no assignment on 2026-03-31. [party-unassigned]"], Fixture.Lines(m.Validate(On, checks)));
    }

    [Fact]
    public void AllChecks_ReportedAtOnce()
    {
        ResponsibilityMatrix m = Fixture.Basic().Unassign("task", "ben").AddWorkItem("t2", "T2").Build();
        Assert.Equal(
            [ResponsibilityProblemCodes.AccountableMissing, ResponsibilityProblemCodes.ResponsibleMissing, ResponsibilityProblemCodes.ResponsibleMissing, ResponsibilityProblemCodes.PartyUnassigned],
            m.Validate(On).Select(p => p.Code));
    }

    [Fact]
    public void CustomCheck_RunsAfterBuiltIns()
    {
        ResponsibilityMatrix m = Fixture.Basic().Build();
        var checks = new ResponsibilityChecks([new EveryItemNeedsInformed()]);
        Assert.Empty(m.Validate(On, checks));
        ResponsibilityMatrix bare = Fixture.Basic().Unassign("task", "reps").Build();
        Assert.Equal(["warning items[task]: 'Task' informs no one. [nobody-informed]"], Fixture.Lines(bare.Validate(On, checks).Where(p => p.Code == "nobody-informed")));
    }

    [Fact]
    public void CustomCheck_Throwing_IsReportedAsFault()
    {
        var checks = new ResponsibilityChecks([new Broken()]);
        var ex = Assert.Throws<AccountabilityException>(() => Fixture.Basic().Build().Validate(On, checks));
        Assert.Equal("error checks[broken]: The responsibility check 'broken' failed while checking matrix v1 as of 2026-03-31: InvalidOperationException: boom [check-fault]", ex.Problems.Single().ToString());
        Assert.IsType<InvalidOperationException>(ex.InnerException);
    }

    [Fact]
    public void Constructor_DuplicateOrMissingNames_Reported()
    {
        var ex = Assert.Throws<AccountabilityException>(() => new ResponsibilityChecks([new Named("vacancy"), new Named(""), new Named("x"), new Named("x")]));
        Assert.Equal(
            [
                "error checks[0].name: A responsibility check named 'vacancy' is already registered. [duplicate-check]",
                "error checks[1].name: The check Named has no name. [check-name-missing]",
                "error checks[3].name: A responsibility check named 'x' is already registered. [duplicate-check]",
            ],
            Fixture.Lines(ex.Problems));
    }

    [Fact]
    public void Arguments_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new ResponsibilityChecks(null!));
        Assert.Throws<ArgumentNullException>(() => new ResponsibilityChecks([null!]));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityChecks.Default.Validate(null!, On));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityChecks.Default.WithOptions(null!));
    }

    [Fact]
    public void Context_Paths()
    {
        Assert.Equal("items[t]", ResponsibilityCheckContext.PathOf(new WorkItemId("t")));
        Assert.Equal("parties[p]", ResponsibilityCheckContext.PathOf(new PartyId("p")));
        Assert.Equal("items[t].parties[p]", ResponsibilityCheckContext.PathOf("t", "p"));
    }

    private sealed class EveryItemNeedsInformed : IResponsibilityCheck
    {
        public string Name => "informed";

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context)
        {
            foreach (WorkItem item in context.Matrix.WorkItems.OrderBy(i => i.Id))
            {
                if (!context.Matrix.AssignmentsOf(item.Id).Any(a => a.Has("I")))
                {
                    yield return new Problem(ResponsibilityCheckContext.PathOf(item.Id), "nobody-informed", $"'{item.Title}' informs no one.", ProblemSeverity.Warning);
                }
            }
        }
    }

    private sealed class Broken : IResponsibilityCheck
    {
        public string Name => "broken";

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class Named(string name) : IResponsibilityCheck
    {
        public string Name => name;

        public IEnumerable<Problem> Check(ResponsibilityCheckContext context) => [];
    }
}
