using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class SubjectAnswerTests
{
    [Fact]
    public void WestRep_NamesTheWestItemAndTheWestManager_NeverTheEastOnes()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot();
        Assert.Empty(snapshot.Problems);

        SubjectAnswer answer = snapshot.WhoAnswersFor("ana", "report-sales");

        Assert.True(answer.IsAnswered);
        Assert.Empty(answer.Problems);
        Assert.Equal("ana", answer.Subject.Id.Value);
        Assert.Equal("report-sales", answer.WorkItem.Id.Value);
        Assert.Equal(SalesRegions.Mar31, answer.On);
        SubjectItemAnswer west = Assert.Single(answer.Items);
        Assert.Equal("sales-west", west.WorkItem.Id.Value);
        ResolvedAssignment holding = Assert.Single(west.Holding);
        Assert.Equal("ana", holding.Person.Id.Value);
        Assert.Null(holding.Via);
        Assert.Equal("R", holding.Code.Symbol);
        Assert.Equal("wu", west.Accountable!.Person.Id.Value);
        Assert.Equal("rm-west", west.Accountable.Via!.Id.Value);
        Assert.Equal(["wu"], answer.AccountablePeople.Select(p => p.Id.Value));

        string[] named = [.. answer.Items.SelectMany(i => i.Holding.Select(h => h.Person).Append(i.Accountable!.Person)).Select(p => p.Id.Value)];
        Assert.DoesNotContain("eve", named);
        Assert.DoesNotContain("cy", named);
        Assert.DoesNotContain("dan", named);
        Assert.Equal(
            "Ana (ana) for Report sales (report-sales) on 2026-03-31 (matrix v1)" + Environment.NewLine +
            "  West sales (sales-west): Responsible; Accountable: Wu (wu) as West manager (rm-west)",
            answer.ToString());
    }

    [Fact]
    public void EastRep_NamesTheEastManager()
    {
        SubjectAnswer answer = SalesRegions.Snapshot().WhoAnswersFor("cy", "report-sales");

        Assert.Equal(["sales-east"], answer.Items.Select(i => i.WorkItem.Id.Value));
        Assert.Equal(["eve"], answer.AccountablePeople.Select(p => p.Id.Value));
    }

    [Fact]
    public void InformedIsNotResponsible()
    {
        // Dan is Responsible in the East and only Informed in the West.
        SubjectAnswer answer = SalesRegions.Snapshot().WhoAnswersFor("dan", "report-sales");

        Assert.Equal(["sales-east"], answer.Items.Select(i => i.WorkItem.Id.Value));
    }

    [Fact]
    public void SubjectThroughATeam()
    {
        SubjectAnswer answer = SalesRegions.Snapshot().WhoAnswersFor("bo", "report-sales");

        SubjectItemAnswer west = Assert.Single(answer.Items);
        ResolvedAssignment holding = Assert.Single(west.Holding);
        Assert.Equal("bo", holding.Person.Id.Value);
        Assert.Equal("west-reps", holding.Via!.Id.Value);
        Assert.Equal("wu", west.Accountable!.Person.Id.Value);
        Assert.Equal("West sales (sales-west): Responsible as West reps (west-reps); Accountable: Wu (wu) as West manager (rm-west)", west.ToString());
    }

    [Fact]
    public void SubjectThroughARole()
    {
        SubjectAnswer answer = SalesRegions.Snapshot().WhoAnswersFor("fay", "report-sales");

        SubjectItemAnswer west = Assert.Single(answer.Items);
        Assert.Equal("west-analyst", Assert.Single(west.Holding).Via!.Id.Value);
        Assert.Equal(["wu"], answer.AccountablePeople.Select(p => p.Id.Value));
    }

    [Fact]
    public void SubjectDirectlyAndThroughATeam_ListsBothWays_DirectFirst()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Builder().AddTenure("ana", "west-reps", SalesRegions.Jan1).Build().AsOf(SalesRegions.Mar31);

        SubjectItemAnswer west = Assert.Single(snapshot.WhoAnswersFor("ana", "report-sales").Items);

        Assert.Equal([null, "west-reps"], west.Holding.Select(h => h.Via?.Id.Value));
    }

    [Fact]
    public void ResponsibleOnTheItemItself_IsIncluded()
    {
        SubjectAnswer answer = SalesRegions.Snapshot().WhoAnswersFor("ops", "report-sales");

        Assert.Equal(["report-sales"], answer.Items.Select(i => i.WorkItem.Id.Value));
        Assert.Equal(["dora"], answer.AccountablePeople.Select(p => p.Id.Value));
    }

    [Fact]
    public void AskedAboutAChild_OnlyThatSubtreeCounts()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot();

        Assert.Empty(snapshot.WhoAnswersFor("ana", "sales-east").Items);
        Assert.Single(snapshot.WhoAnswersFor("ana", "sales-west").Items);
    }

    [Fact]
    public void SubjectWithNoResponsibility_IsNotAnswered_AndSaysWhy()
    {
        SubjectAnswer answer = SalesRegions.Snapshot().WhoAnswersFor("zed", "report-sales");

        Assert.False(answer.IsAnswered);
        Assert.Empty(answer.Items);
        Assert.Empty(answer.AccountablePeople);
        Problem why = Assert.Single(answer.Problems);
        Assert.Equal(ResponsibilityProblemCodes.NotResponsible, why.Code);
        Assert.Equal(ProblemSeverity.Warning, why.Severity);
        Assert.Equal("items[report-sales].parties[zed]", why.Path);
        Assert.Equal("Zed (zed) holds no Responsible code on 'Report sales' (report-sales) or any item under it on 2026-03-31 (matrix v1), directly or through a role or team.", why.Message);
        Assert.EndsWith("(matrix v1)" + Environment.NewLine + "  " + why.Message, answer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TeamTenureEnded_NoLongerResponsible()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Builder()
            .RemoveTenure(new Tenure("bo", "west-reps", SalesRegions.Jan1))
            .AddTenure("bo", "west-reps", SalesRegions.Jan1, SalesRegions.Jan1.PlusDays(30))
            .Build()
            .AsOf(SalesRegions.Mar31);

        Assert.Empty(snapshot.WhoAnswersFor("bo", "report-sales").Items);
    }

    [Fact]
    public void ItemWithErrors_IsListedWithItsBlockingErrors()
    {
        // The West manager's role is vacant: the West item cannot name an Accountable person.
        ResponsibilitySnapshot snapshot = SalesRegions.Builder()
            .RemoveTenure(new Tenure("wu", "rm-west", SalesRegions.Jan1))
            .Build()
            .AsOf(SalesRegions.Mar31);

        SubjectAnswer answer = snapshot.WhoAnswersFor("ana", "report-sales");

        Assert.False(answer.IsAnswered);
        SubjectItemAnswer west = Assert.Single(answer.Items);
        Assert.False(west.IsAnswered);
        Assert.Null(west.Accountable);
        Assert.Equal(ResponsibilityProblemCodes.AccountabilityUnresolved, west.Problems[0].Code);
        Assert.Contains(west.Problems, p => p.Code == ResponsibilityProblemCodes.Vacancy);
        Assert.Equal(west.Problems, answer.Problems);
        Assert.Empty(answer.AccountablePeople);
        Assert.Contains("no answer: Cannot say who answers for 'West sales'", west.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSubjectOrItem_Throws()
    {
        ResponsibilitySnapshot snapshot = SalesRegions.Snapshot();

        AccountabilityException party = Assert.Throws<AccountabilityException>(() => snapshot.WhoAnswersFor("nobody", "report-sales"));
        Assert.Equal(ResponsibilityProblemCodes.UnknownParty, Assert.Single(party.Problems).Code);
        Assert.Equal("subject", party.Problems[0].Path);
        AccountabilityException item = Assert.Throws<AccountabilityException>(() => snapshot.WhoAnswersFor("ana", "nothing"));
        Assert.Equal(ResponsibilityProblemCodes.UnknownWorkItem, Assert.Single(item.Problems).Code);
    }

    [Fact]
    public void DateBeforeVersion_Throws()
    {
        ResponsibilityMatrix matrix = SalesRegions.Builder().Build();

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => matrix.WhoAnswersFor("ana", "report-sales", SalesRegions.Jan1.PlusDays(-1)));

        Assert.Equal(ResponsibilityProblemCodes.DateBeforeVersion, Assert.Single(ex.Problems).Code);
    }

    [Fact]
    public void MatrixQuery_EqualsSnapshotQuery()
    {
        ResponsibilityMatrix matrix = SalesRegions.Builder().Build();

        Assert.Equal(matrix.AsOf(SalesRegions.Mar31).WhoAnswersFor("bo", "report-sales").ToString(), matrix.WhoAnswersFor("bo", "report-sales", SalesRegions.Mar31).ToString());
    }

    [Fact]
    public void TenThousandDeepChain_DoesNotOverflow_BothWaysOfSearching()
    {
        const int depth = 10_000;
        var builder = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("boss", "Boss")
            .AddPerson("ops", "Ops")
            .AddPerson("ana", "Ana");
        for (int i = 0; i < depth; i++)
        {
            string id = "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            WorkItemId? parent = i == 0 ? (WorkItemId?)null : new WorkItemId("c" + (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.AddWorkItem(id, "Item " + id, parent)
                .Assign(id, "boss", "A")
                .Assign(id, i == depth - 1 ? "ana" : "ops", "R");
        }

        ResponsibilitySnapshot snapshot = builder.Build().AsOf(SalesRegions.Mar31);

        // Ana holds one cell: her cells are filtered by the root's subtree.
        SubjectAnswer ana = snapshot.WhoAnswersFor("ana", "c0");
        Assert.Equal(["c9999"], ana.Items.Select(i => i.WorkItem.Id.Value));
        Assert.Equal("boss", ana.Items[0].Accountable!.Person.Id.Value);

        // Ops holds 9,999 cells but the subtree of c9998 has two items: the subtree is walked.
        Assert.Equal(["c9998"], snapshot.WhoAnswersFor("ops", "c9998").Items.Select(i => i.WorkItem.Id.Value));
        Assert.Equal(depth - 1, snapshot.WhoAnswersFor("ops", "c0").Items.Count);
        Problem opsOnLeaf = Assert.Single(snapshot.CheckOwnership(["ana", "ops"], [new CriterionWork("root", "Root", "c0"), new CriterionWork("leaf", "Leaf", "c9999")]));
        Assert.Equal("subjects[ops].criteria[leaf]", opsOnLeaf.Path);
    }
}
