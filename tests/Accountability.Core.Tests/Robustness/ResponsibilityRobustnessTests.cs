using Accountability.Responsibility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Robustness;

public sealed class ResponsibilityRobustnessTests
{
    private static readonly LocalDate Jan1 = new(2026, 1, 1);

    private static readonly LocalDate[] Dates = [LocalDate.MinIsoValue, LocalDate.MaxIsoValue, Jan1, new(2026, 6, 30), new(1900, 1, 1), LocalDate.MaxIsoValue.PlusDays(-1), LocalDate.MinIsoValue.PlusDays(1)];

    private static ResponsibilityMatrixBuilder Basic() =>
        new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("ana", "Ana", Authority.Of(2))
            .AddPerson("ben", "Ben")
            .AddRole("manager", "Manager", Authority.Of(3, "approve"))
            .AddTeam("reps", "Reps")
            .AddTenure("ana", "manager", Jan1)
            .AddTenure("ben", "reps", Jan1)
            .AddWorkItem("task", "Task", requiredAuthority: Authority.Of(3, "approve"))
            .Assign("task", "manager", "A")
            .Assign("task", "ben", "R")
            .Assign("task", "reps", "I");

    [Fact]
    public void Build_CyclesUnknownReferencesAndDuplicates_OnlyAccountabilityException()
    {
        ResponsibilityMatrixBuilder builder = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .Assign("later", "ghost", "A")
            .AddWorkItem("a", "A", parent: "b")
            .AddWorkItem("b", "B", parent: "a")
            .AddWorkItem("self", "Self", parent: "self")
            .AddWorkItem("orphan", "Orphan", parent: "nowhere")
            .AddPerson("p", "P")
            .AddTenure("p", "p", Jan1)
            .AddTenure("p", "nobody", Jan1)
            .AddTenure("nobody", "p", Jan1)
            .Assign("a", "p", "Z", "A", "A", "")
            .AddWorkItem("later", "Defined after its assignment");
        Exception? ex = Hostile.Forbidden(() => builder.Build());
        Assert.True(ex is null, ex?.ToString());
        Assert.Throws<AccountabilityException>(builder.Build);
    }

    [Fact]
    public void Builder_NullAndDefaultArguments_ThrowArgumentExceptions()
    {
        var builder = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci);
        Assert.Throws<ArgumentNullException>(() => new ResponsibilityMatrixBuilder((ResponsibilityScheme)null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddParty(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddWorkItem(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddTenure(null!));
        Assert.Throws<ArgumentNullException>(() => builder.AddAssignment(null!));
        Hostile.AssertAllowed(() => builder.AddPerson(default, "X"));
        Hostile.AssertAllowed(() => builder.AddPerson("x", null!));
        Hostile.AssertAllowed(() => builder.AddPerson("x", " "));
        Hostile.AssertAllowed(() => builder.AddWorkItem(default, "X"));
        Hostile.AssertAllowed(() => builder.AddWorkItem("w", "W", parent: default(WorkItemId)));
        Hostile.AssertAllowed(() => builder.AddTenure(default, "r", Jan1));
        Hostile.AssertAllowed(() => builder.AddTenure("p", "r", LocalDate.MaxIsoValue, LocalDate.MinIsoValue));
        Hostile.AssertAllowed(() => builder.Assign(default, "p", "A"));
        Hostile.AssertAllowed(() => builder.Assign("w", default, "A"));
        Hostile.AssertAllowed(() => builder.Assign("w", "p", null!));
        Hostile.AssertAllowed(() => builder.Assign("w", "p", [null!]));
        Hostile.AssertAllowed(() => builder.Assign("w", "p"));
        Hostile.AssertAllowed(() => builder.Unassign(default, default));
        Hostile.AssertAllowed(() => builder.RemoveWorkItem(default));
        Hostile.AssertAllowed(() => builder.RemoveParty("nobody"));
        Hostile.AssertAllowed(() => builder.RemoveTenure(null!));
        Hostile.AssertAllowed(() => builder.EffectiveFrom(LocalDate.MinIsoValue));
    }

    [Fact]
    public void Queries_UnknownIdsAndFarDates_OnlyAllowedExceptions()
    {
        ResponsibilityMatrix matrix = Basic().Build();
        foreach (LocalDate on in Dates)
        {
            Hostile.AssertAllowed(() => matrix.WhoAnswersFor("task", on));
            Hostile.AssertAllowed(() => matrix.WhoAnswersFor("nothing", on));
            Hostile.AssertAllowed(() => matrix.WhoAnswersFor(default, on));
            Hostile.AssertAllowed(() => matrix.Validate(on));
            Hostile.AssertAllowed(() => matrix.AsOf(on).WhoAnswersFor("task"));
            Hostile.AssertAllowed(() => matrix.AsOf(on).Blocking("nothing"));
            Hostile.AssertAllowed(() => matrix.ResponsibilitiesOf("ana", on));
            Hostile.AssertAllowed(() => matrix.ResponsibilitiesOf("nobody", on));
            Hostile.AssertAllowed(() => matrix.ResponsibilitiesOf(default, on));
            Hostile.AssertAllowed(() => matrix.Workload(on).For("nobody"));
            Hostile.AssertAllowed(() => matrix.HoldersOf("manager", on));
            Hostile.AssertAllowed(() => matrix.HoldersOf("nobody", on));
            Hostile.AssertAllowed(() => matrix.MembershipsOf("ana", on));
            Hostile.AssertAllowed(() => matrix.MembershipsOf(default, on));
            Hostile.AssertAllowed(() => matrix.EffectiveAuthority("ana", on));
            Hostile.AssertAllowed(() => matrix.EffectiveAuthority("nobody", on));
            Hostile.AssertAllowed(() => matrix.Handover("ana", "ben", on));
            Hostile.AssertAllowed(() => matrix.Handover("manager", "reps", on));
            Hostile.AssertAllowed(() => matrix.Handover("ana", "ana", on));
            Hostile.AssertAllowed(() => matrix.Handover("ana", "nobody", on));
            Hostile.AssertAllowed(() => matrix.Handover(default, default, on));
        }

        Hostile.AssertAllowed(() => matrix.GetParty("nobody"));
        Hostile.AssertAllowed(() => matrix.GetWorkItem(default));
        Hostile.AssertAllowed(() => matrix.DepthOf("nothing"));
        Hostile.AssertAllowed(() => matrix.ChildrenOf("nothing"));
        Hostile.AssertAllowed(() => matrix.CodesOf("nothing", "nobody"));
        Hostile.AssertAllowed(() => matrix.AssignmentsOf(default));
        Hostile.AssertAllowed(() => matrix.HasSameContentAs(null!));
        Hostile.AssertAllowed(() => matrix.DiffTo(null!));
        Hostile.AssertAllowed(() => matrix.Apply(null!));
        Hostile.AssertAllowed(() => ResponsibilityTable.ToMarkdown((ResponsibilityMatrix)null!));
        Hostile.AssertAllowed(() => ResponsibilityTable.ToCsv((Workload)null!));
        Hostile.AssertAllowed(() => ResponsibilityTable.CsvField(null!));
        Hostile.AssertAllowed(() => matrix.Workload(Jan1).For(default).CountOf(null!));
    }

    [Fact]
    public void HandoverAndHistory_AtTheEdgesOfTheCalendar_OnlyAllowedExceptions()
    {
        foreach (LocalDate on in Dates)
        {
            ResponsibilityMatrix matrix = Basic().EffectiveFrom(on).Build();
            Hostile.AssertAllowed(() => ResponsibilityHistory.Start(matrix).Append(matrix.Handover("ana", "ben", on).After).At(on));
            foreach (LocalDate when in Dates)
            {
                Hostile.AssertAllowed(() => matrix.Handover("ana", "ben", when));
                Hostile.AssertAllowed(() => ResponsibilityHistory.Start(matrix).At(when));
                Hostile.AssertAllowed(() => ResponsibilityHistory.Start(matrix).WhoAnswersFor("task", when));
            }
        }

        ResponsibilityMatrix basic = Basic().Build();
        ResponsibilityHistory history = ResponsibilityHistory.Start(basic);
        Hostile.AssertAllowed(() => ResponsibilityHistory.Start(null!));
        Hostile.AssertAllowed(() => history.Append(null!));
        Hostile.AssertAllowed(() => history.Append(basic));
        Hostile.AssertAllowed(() => history.Version(-1));
        Hostile.AssertAllowed(() => history.Version(int.MaxValue));
        Hostile.AssertAllowed(() => history.Version(int.MinValue));
        Hostile.AssertAllowed(() => history.AuditTrail());
    }

    [Fact]
    public void SchemeCodesAndOptions_HostileValues_OnlyAllowedExceptions()
    {
        Hostile.AssertAllowed(() => _ = new ResponsibilityCode(null!, "x", Involvement.Informed));
        Hostile.AssertAllowed(() => _ = new ResponsibilityCode("Q", "x", (Involvement)99));
        Hostile.AssertAllowed(() => _ = new ResponsibilityCode("Q", "x", Involvement.Informed, -1));
        Hostile.AssertAllowed(() => _ = new ResponsibilityCode("Q", "x", Involvement.Informed, int.MinValue));
        Hostile.AssertAllowed(() => _ = new CodeCombination(null!, "A"));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Create(null!, []));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Create("s", null!));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Create("s", []));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Create("s", [null!]));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Create("s", [new ResponsibilityCode("A", "a", Involvement.Accountable), new ResponsibilityCode("A", "b", Involvement.Informed)]));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Create("s", [new ResponsibilityCode("A", "a", Involvement.Accountable)], [new CodeCombination("A", "Z")]));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Create("s", [new ResponsibilityCode("A", "a", Involvement.Accountable)], [null!]));
        Assert.False(ResponsibilityScheme.Raci.TryGetCode(null, out _));
        Hostile.AssertAllowed(() => ResponsibilityScheme.Raci.Forbids(null!, null!));
        Hostile.AssertAllowed(() => ResponsibilityOptions.Default.WithOverloadLimit(-1));
        Hostile.AssertAllowed(() => ResponsibilityOptions.Default.WithOverloadLimit(int.MaxValue));
        Hostile.AssertAllowed(() => ResponsibilityOptions.Default.WithMaximumConsulted(int.MinValue));
        Hostile.AssertAllowed(() => ResponsibilityOptions.Default.WithForbiddenCombination(null!, "A"));
        Hostile.AssertAllowed(() => ResponsibilityOptions.Default.WithSeverity(null!, ProblemSeverity.Warning));
        Hostile.AssertAllowed(() => ResponsibilityOptions.Default.WithSeverity("code", (ProblemSeverity)77));
        Hostile.AssertAllowed(() => _ = new ResponsibilityChecks(null!));
        Hostile.AssertAllowed(() => _ = new ResponsibilityChecks([null!]));
        Hostile.AssertAllowed(() => ResponsibilityChecks.Default.WithOptions(null!));
        Hostile.AssertAllowed(() => ResponsibilityChecks.Default.Validate(null!, Jan1));
        Hostile.AssertAllowed(() => Authority.Of(int.MinValue));
        Hostile.AssertAllowed(() => Authority.Of(int.MaxValue, null!));
        Hostile.AssertAllowed(() => Authority.Rights([null!]));
        Hostile.AssertAllowed(() => Authority.Rights(" "));
        Hostile.AssertAllowed(() => Authority.Create(null!, 1));
        Hostile.AssertAllowed(() => Authority.None.Union(null!));
        Hostile.AssertAllowed(() => Authority.None.Covers(null!));
        Hostile.AssertAllowed(() => Authority.Of(int.MaxValue).Shortfall(Authority.Of(int.MinValue)));
        Hostile.AssertAllowed(() => MatrixDiff.Between(null!, null!));
    }

    [Fact]
    public void Validate_OptionsAtTheirLimits_OnlyAllowedExceptions()
    {
        ResponsibilityMatrix matrix = Basic().Build();
        foreach (int limit in new[] { 0, 1, int.MaxValue })
        {
            ResponsibilityChecks checks = ResponsibilityChecks.Default.WithOptions(ResponsibilityOptions.Default.WithOverloadLimit(limit).WithMaximumConsulted(limit));
            Hostile.AssertAllowed(() => matrix.Validate(Jan1, checks));
            Hostile.AssertAllowed(() => matrix.WhoAnswersFor("task", Jan1, checks));
        }
    }

    private static Gen<Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>> Step { get; } = Gen.OneOf(
        from id in Gen.Elements("p1", "p2", "r1", "t1")
        from kind in Gen.Choose(0, 2)
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => kind switch
        {
            0 => b.AddPerson(id, id.ToUpperInvariant()),
            1 => b.AddRole(id, id.ToUpperInvariant()),
            _ => b.AddTeam(id, id.ToUpperInvariant()),
        }),
        from id in Gen.Elements("w1", "w2", "w3")
        from parent in Gen.Elements<string?>(null, "w1", "w2", "w3", "none")
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => b.AddWorkItem(id, id, parent is null ? (WorkItemId?)null : new WorkItemId(parent))),
        from person in Gen.Elements("p1", "p2", "r1", "t1", "ghost")
        from holder in Gen.Elements("p1", "r1", "t1", "ghost")
        from start in Gen.Elements(Dates)
        from to in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Elements(Dates).Select(d => (LocalDate?)d))
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => b.AddTenure(person, holder, start, to)),
        from item in Gen.Elements("w1", "w2", "w3", "none")
        from party in Gen.Elements("p1", "p2", "r1", "t1", "ghost")
        from codes in Gen.ListOf(Gen.Elements("R", "A", "C", "I", "X", "a"))
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => b.Assign(item, party, [.. codes.Take(3)])),
        from item in Gen.Elements("w1", "w2", "none")
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => b.RemoveWorkItem(item)),
        from party in Gen.Elements("p1", "r1", "ghost")
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => b.RemoveParty(party)),
        from item in Gen.Elements("w1", "w2", "none")
        from party in Gen.Elements("p1", "r1", "ghost")
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => b.Unassign(item, party)),
        from date in Gen.OneOf(Gen.Constant<LocalDate?>(null), Gen.Elements(Dates).Select(d => (LocalDate?)d))
        select (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder>)(b => b.EffectiveFrom(date)));

    [Property(MaxTest = 200)]
    public Property Builder_RandomCallSequences_BuildOrReportProblems()
    {
        return Prop.ForAll(Gen.ListOf(Step).Select(s => s.Take(14).ToArray()).ToArbitrary(), steps =>
        {
            Exception? forbidden = Hostile.Forbidden(() =>
            {
                var builder = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci);
                foreach (Func<ResponsibilityMatrixBuilder, ResponsibilityMatrixBuilder> step in steps)
                {
                    Hostile.AssertAllowed(() => step(builder));
                }

                ResponsibilityMatrix matrix;
                try
                {
                    matrix = builder.Build();
                }
                catch (AccountabilityException)
                {
                    return;
                }

                foreach (LocalDate on in Dates)
                {
                    Hostile.AssertAllowed(() => matrix.Validate(on));
                    Hostile.AssertAllowed(() => matrix.Workload(on));
                    Hostile.AssertAllowed(() => ResponsibilityTable.ToCsv(matrix.Workload(on)));
                    foreach (string item in new[] { "w1", "w2", "w3" })
                    {
                        Hostile.AssertAllowed(() => matrix.WhoAnswersFor(item, on));
                    }

                    foreach (string party in new[] { "p1", "p2", "r1", "t1" })
                    {
                        Hostile.AssertAllowed(() => matrix.ResponsibilitiesOf(party, on));
                        Hostile.AssertAllowed(() => matrix.EffectiveAuthority(party, on));
                        Hostile.AssertAllowed(() => matrix.Handover(party, "p1", on));
                    }
                }

                Hostile.AssertAllowed(() => ResponsibilityTable.ToMarkdown(matrix));
                Hostile.AssertAllowed(() => matrix.ToBuilder().Build().DiffTo(matrix));
            });
            return (forbidden is null).Label(forbidden?.ToString() ?? string.Empty);
        });
    }

    [Fact]
    public void CreateDiffApplyAndHistory_HostileInputs_OnlyAllowedExceptions()
    {
        ResponsibilityMatrix basic = Basic().Build();
        ResponsibilityMatrix other = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Rasci)
            .AddPerson("zed", "Zed")
            .AddWorkItem("other", "Other")
            .Assign("other", "zed", "A")
            .Build();
        Hostile.AssertAllowed(() => ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, [null!], [], [], []));
        Hostile.AssertAllowed(() => ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, [], [], [], [], version: int.MinValue));
        Hostile.AssertAllowed(() => ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, [], [], [], [], version: int.MaxValue).ToBuilder().Build());
        Hostile.AssertAllowed(() => ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, [], [], [], [], effectiveFrom: LocalDate.MaxIsoValue).Handover("a", "b", LocalDate.MaxIsoValue));
        Hostile.AssertAllowed(() => ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, basic.Parties, basic.WorkItems, basic.Tenures, [.. basic.Assignments, .. basic.Assignments]));
        Hostile.AssertAllowed(() => ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, [.. basic.Parties, .. basic.Parties], basic.WorkItems, [], []));
        Hostile.AssertAllowed(() => basic.Apply(other.DiffTo(basic)));
        Hostile.AssertAllowed(() => other.Apply(basic.DiffTo(basic.ToBuilder().RemoveParty("ben").Build())));
        Hostile.AssertAllowed(() => basic.Apply(basic.DiffTo(other)));
        Hostile.AssertAllowed(() => basic.DiffTo(other).ToString());
        Hostile.AssertAllowed(() => ResponsibilityHistory.Start(basic).Append(other));
        Hostile.AssertAllowed(() => ResponsibilityHistory.Start(basic.ToBuilder().EffectiveFrom(LocalDate.MaxIsoValue).Build()).Append(basic.ToBuilder().EffectiveFrom(LocalDate.MinIsoValue).Build()));
        Hostile.AssertAllowed(() => ResponsibilityHistory.Start(basic).Append(basic).Append(basic).AuditTrail());
        Hostile.AssertAllowed(() => ResponsibilityTable.ToMarkdown(other, omitEmptyColumns: true));
        Hostile.AssertAllowed(() => ResponsibilityTable.ToCsv(new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci).Build()));
        Hostile.AssertAllowed(() => ResponsibilityTable.ToMarkdown(new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci).Build().Workload(Jan1)));
        Hostile.AssertAllowed(() => ResponsibilityTable.CsvField("a,\"b\"\n=cmd"));
    }

    [Fact]
    public void ToBuilderAndHandover_LastPossibleVersion_ReportVersionLimit()
    {
        ResponsibilityMatrix basic = Basic().Build();
        ResponsibilityMatrix last = ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, basic.Parties, basic.WorkItems, basic.Tenures, basic.Assignments, version: int.MaxValue);
        AccountabilityException ex = Assert.Throws<AccountabilityException>(last.ToBuilder);
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("version", problem.Path);
        Assert.Equal(ResponsibilityProblemCodes.VersionLimit, problem.Code);
        Assert.Equal("Version 2147483647 is the last one a matrix can have; no change can follow it.", problem.Message);
        Assert.Equal(ResponsibilityProblemCodes.VersionLimit, Assert.Single(Assert.Throws<AccountabilityException>(() => last.Handover("ana", "ben", Jan1)).Problems).Code);
        Assert.Equal(int.MaxValue, ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, [], [], [], [], version: int.MaxValue - 1).ToBuilder().Version);
    }

    [Fact]
    public void Tenures_AtTheEdgesOfTheCalendar_OnlyAllowedExceptions()
    {
        ResponsibilityMatrix matrix = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("ana", "Ana")
            .AddPerson("ben", "Ben")
            .AddRole("boss", "Boss")
            .AddTenure("ana", "boss", LocalDate.MinIsoValue, LocalDate.MaxIsoValue)
            .AddTenure("ben", "boss", LocalDate.MaxIsoValue)
            .AddWorkItem("w", "W")
            .Assign("w", "boss", "A")
            .Build();
        foreach (LocalDate on in Dates)
        {
            Hostile.AssertAllowed(() => matrix.WhoAnswersFor("w", on));
            Hostile.AssertAllowed(() => matrix.Handover("ana", "ben", on).After.Validate(on));
            Hostile.AssertAllowed(() => matrix.Handover("boss", "ben", on));
            Hostile.AssertAllowed(() => matrix.Handover("ben", "ana", on).After.Handover("ana", "ben", on));
        }
    }

    [Fact]
    public void WorkItemChain_100000Deep_BuildValidateQueriesAndOutput_WithoutStackOverflow()
    {
        const int depth = 100_000;
        ResponsibilityMatrixBuilder builder = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("ana", "Ana")
            .AddPerson("ben", "Ben")
            .AddPerson("cy", "Cy")
            .AddRole("boss", "Boss")
            .AddTeam("crew", "Crew")
            .AddTenure("ana", "boss", Jan1)
            .AddTenure("ben", "crew", Jan1);
        for (int i = 0; i < depth; i++)
        {
            builder.AddWorkItem(Item(i), "W" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), parent: i == 0 ? (WorkItemId?)null : Item(i - 1))
                .Assign(Item(i), "boss", "A")
                .Assign(Item(i), "crew", "R");
        }

        ResponsibilityMatrix matrix = builder.Build();
        WorkItemId last = Item(depth - 1);
        Assert.Equal(depth - 1, matrix.DepthOf(last));
        Assert.Equal([Item(1)], matrix.ChildrenOf(Item(0)).Select(i => i.Id));

        IReadOnlyList<Problem> problems = matrix.Validate(Jan1);
        Assert.DoesNotContain(problems, p => p.IsError);
        ResponsibilitySnapshot snapshot = matrix.AsOf(Jan1);
        Assert.Equal("ana", snapshot.WhoAnswersFor(last).Accountable.Person.Id.Value);
        Assert.Equal(depth, matrix.WorkItems.Count(i => snapshot.Blocking(i.Id).Count == 0));
        Assert.Equal(depth, matrix.ResponsibilitiesOf("ben", Jan1).Entries.Count);
        Assert.Equal(depth, matrix.Workload(Jan1).For("ana").CountOf("A"));

        string markdown = ResponsibilityTable.ToMarkdown(matrix, omitEmptyColumns: true);
        Assert.Contains("| › › › › › › › › › › W10 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| › ×11 W11 |", markdown, StringComparison.Ordinal);
        Assert.EndsWith("| › ×99999 W99999 | A | R |\n", markdown, StringComparison.Ordinal);
        string csv = ResponsibilityTable.ToCsv(matrix);
        Assert.EndsWith("w-99999,w-99998,W99999,,,,A,R\r\n", csv, StringComparison.Ordinal);
        Assert.NotEmpty(ResponsibilityTable.ToCsv(matrix.Workload(Jan1)));

        Handover handover = matrix.Handover("ana", "cy", new LocalDate(2026, 2, 1));
        Assert.Equal(2, handover.Diff.TenuresAdded.Count);
        Assert.Equal("cy", handover.After.WhoAnswersFor(last, new LocalDate(2026, 2, 1)).Accountable.Person.Id.Value);
        Assert.True(matrix.ToBuilder().Build().HasSameContentAs(matrix));
    }

    [Fact]
    public void WorkItemChain_100000DeepClosedIntoACycle_ReportsEveryItemInLinearTime()
    {
        const int depth = 100_000;
        var items = new WorkItem[depth];
        for (int i = 0; i < depth; i++)
        {
            items[i] = new WorkItem(Item(i), "W", parent: Item(i == 0 ? depth - 1 : i - 1));
        }

        var ex = Assert.Throws<AccountabilityException>(() => ResponsibilityMatrix.Create(ResponsibilityScheme.Raci, [], [.. items, new WorkItem("hanger", "H", parent: Item(5))], [], []));
        Assert.Equal(depth + 1, ex.Problems.Count(p => p.Code == ResponsibilityProblemCodes.WorkItemCycle));
        Assert.Equal("items[100000].parent", ex.Problems[^1].Path);
    }

    [Fact]
    public void Build_SecondDefinitionOfAnItemUnderItsOwnDescendant_IsReportedAsACycle()
    {
        // The second "a" is not in the lookup, so it is under "c" without a loop in the parents of the first "a";
        // it is still nested under itself, as the quadratic walk used to report.
        var ex = Assert.Throws<AccountabilityException>(() => new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddWorkItem("a", "A")
            .AddWorkItem("b", "B", parent: "a")
            .AddWorkItem("c", "C", parent: "b")
            .AddWorkItem("a", "A again", parent: "c")
            .AddWorkItem("b", "B again", parent: "a")
            .Build());
        Assert.Equal(
            [
                "error items[3].id: The work item 'a' is defined more than once. [duplicate-work-item]",
                "error items[4].id: The work item 'b' is defined more than once. [duplicate-work-item]",
                "error items[3].parent: The work item 'a' is nested under itself through its parents. [work-item-cycle]",
            ],
            ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void WhoAnswersFor_IdsContainingBrackets_OnlyTheirOwnProblemsBlock()
    {
        ResponsibilityMatrix matrix = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("p", "P")
            .AddPerson("p]", "P bracket")
            .AddWorkItem("a", "A")
            .AddWorkItem("a]", "A bracket")
            .AddWorkItem("a].b", "A dotted")
            .Assign("a", "p", "R", "A")
            .Assign("a]", "p]", "R")
            .Assign("a].b", "p", "R", "A")
            .Build();
        ResponsibilitySnapshot snapshot = matrix.AsOf(Jan1);
        Assert.Equal([ResponsibilityProblemCodes.AccountableMissing], snapshot.Problems.Where(p => p.IsError).Select(p => p.Code));
        Assert.Empty(snapshot.Blocking("a"));
        Assert.Empty(snapshot.Blocking("a].b"));
        Assert.Equal([ResponsibilityProblemCodes.AccountabilityUnresolved, ResponsibilityProblemCodes.AccountableMissing], snapshot.Blocking("a]").Select(p => p.Code));
    }

    [Fact]
    public void ProblemCodes_AreDistinctKebabCaseConstants()
    {
        string[] codes = [.. typeof(ResponsibilityProblemCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];
        Assert.NotEmpty(codes);
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^[a-z]+(-[a-z]+)*$", c));
    }

    private static WorkItemId Item(int i) => new("w-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
