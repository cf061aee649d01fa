using System.Text;
using Accountability.Responsibility;
using Accountability.Serialization;
using Accountability.Tests.Responsibility;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Accountability.Tests.Serialization;

/// <summary>
/// Responsibility matrix documents: a matrix read back answers every query as the one written (snapshots, who answers,
/// workloads, history), writes the same document again, and a bad document is refused with every problem at its path.
/// </summary>
public class MatrixDocumentTests
{
    private static readonly ResponsibilityScheme Custom = ResponsibilityScheme.Create(
        "Own",
        [new("O", "Owner", Involvement.Accountable), new("W", "Worker", Involvement.Responsible, maximumPerItem: 2), new("X", "Expert", Involvement.Other)],
        [new("O", "X")]);

    [Property(MaxTest = 100)]
    public Property Matrix_RoundTripsExactly_AndAnswersEveryQueryTheSame(int seed)
    {
        var random = new Random(seed);
        ResponsibilityPropertyTests.RandomContent content = ResponsibilityPropertyTests.RandomContent.From(seed, random.Next(5) == 0 ? Custom : null);
        LocalDate? effectiveFrom = random.Next(2) == 0 ? null : content.Date.PlusDays(-random.Next(30));
        ResponsibilityMatrix matrix = content.Build(1 + random.Next(5), effectiveFrom);

        string json = AccountabilityJson.Write(matrix);
        ResponsibilityMatrix read = AccountabilityJson.ReadMatrix(json);

        return (AccountabilityJson.Write(read) == json).Label("write(read(write(m))) differs from write(m)")
            .And(read.HasSameContentAs(matrix) && read.Version == matrix.Version && read.EffectiveFrom == matrix.EffectiveFrom).Label("content, version or effective date differ")
            .And(read.Parties.SequenceEqual(matrix.Parties) && read.WorkItems.SequenceEqual(matrix.WorkItems) && read.Tenures.SequenceEqual(matrix.Tenures) && read.Assignments.SequenceEqual(matrix.Assignments)).Label("an entry or its order differs")
            .And(read.Scheme.Codes.SequenceEqual(matrix.Scheme.Codes) && read.Scheme.ForbiddenCombinations.SequenceEqual(matrix.Scheme.ForbiddenCombinations)).Label("the scheme differs")
            .And(Answers(read, content.Date) == Answers(matrix, content.Date)).Label("a query answers differently on the content's date")
            .And(Answers(read, new LocalDate(2026, 2, 15)) == Answers(matrix, new LocalDate(2026, 2, 15))).Label("a query answers differently in February");
    }

    [Property(MaxTest = 100)]
    public Property History_OfReadVersions_AnswersAsTheHistoryOfTheOriginals(int seed)
    {
        ResponsibilityPropertyTests.RandomContent a = ResponsibilityPropertyTests.RandomContent.From(seed);
        ResponsibilityPropertyTests.RandomContent b = ResponsibilityPropertyTests.RandomContent.From(seed ^ 0x2545F491, a.Scheme);
        ResponsibilityMatrix first = a.Build();
        ResponsibilityMatrix second = b.Build(version: 2, effectiveFrom: b.Date);
        ResponsibilityHistory original = ResponsibilityHistory.Start(first).Append(second);
        ResponsibilityHistory read = ResponsibilityHistory.Start(AccountabilityJson.ReadMatrix(AccountabilityJson.Write(first))).Append(AccountabilityJson.ReadMatrix(AccountabilityJson.Write(second)));

        bool same = true;
        foreach (LocalDate on in new[] { b.Date.PlusDays(-1), b.Date, b.Date.PlusDays(20) })
        {
            foreach (WorkItem item in original.At(on).WorkItems)
            {
                same &= Outcome(() => original.WhoAnswersFor(item.Id, on).ToString()) == Outcome(() => read.WhoAnswersFor(item.Id, on).ToString());
            }
        }

        return same.Label("the history of read versions answers differently")
            .And(string.Join("\n", original.AuditTrail()) == string.Join("\n", read.AuditTrail())).Label("the audit trail differs");
    }

    [Fact]
    public void Write_GivesDatesAsIso_TenuresAsTheirEnds_AndEnumsByName()
    {
        ResponsibilityMatrix matrix = Fixture.Basic().AddTenure("ben", "reps", new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)).EffectiveFrom(new LocalDate(2026, 1, 1)).Build();

        string json = AccountabilityJson.Write(matrix);

        Assert.Contains("\"kind\": \"responsibility-matrix\"", json, StringComparison.Ordinal);
        Assert.Contains("\"effectiveFrom\": \"2026-01-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"effectiveTo\": \"2026-03-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Role\"", json, StringComparison.Ordinal);
        Assert.Contains("\"involvement\": \"Accountable\"", json, StringComparison.Ordinal);
        Assert.Equal("responsibility-matrix", AccountabilityJson.KindOf(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void ReadMatrix_BuiltInScheme_IsTheBuiltInInstance()
    {
        ResponsibilityMatrix read = AccountabilityJson.ReadMatrix(AccountabilityJson.Write(Fixture.Basic().Build()));

        Assert.Same(ResponsibilityScheme.Raci, read.Scheme);
    }

    [Fact]
    public void ReadMatrix_DocumentExample_AnswersWhoIsAccountable()
    {
        string json = """
            {
              "schemaVersion": 1,
              "kind": "responsibility-matrix",
              "version": 1,
              "scheme": {
                "name": "RACI",
                "codes": [
                  { "symbol": "R", "name": "Responsible", "involvement": "Responsible" },
                  { "symbol": "A", "name": "Accountable", "involvement": "Accountable" },
                  { "symbol": "C", "name": "Consulted", "involvement": "Consulted" },
                  { "symbol": "I", "name": "Informed", "involvement": "Informed" }
                ],
                "forbiddenCombinations": [ { "first": "A", "second": "C" }, { "first": "A", "second": "I" }, { "first": "C", "second": "I" } ]
              },
              "parties": [
                { "id": "zhang-wei", "kind": "Person", "name": "Zhang Wei" },
                { "id": "manager-east", "kind": "Role", "name": "Regional manager East", "authority": { "level": 3, "decisionRights": [ "approve-targets" ] } },
                { "id": "li-na", "kind": "Person", "name": "Li Na" }
              ],
              "workItems": [ { "id": "east-sales", "title": "East region sales", "requiredAuthority": { "level": 3 } } ],
              "tenures": [ { "person": "zhang-wei", "roleOrTeam": "manager-east", "effectiveFrom": "2026-01-01", "effectiveTo": "2026-12-31" } ],
              "assignments": [
                { "workItem": "east-sales", "party": "manager-east", "codes": [ "A" ] },
                { "workItem": "east-sales", "party": "li-na", "codes": [ "R" ] }
              ]
            }
            """;

        ResponsibilityMatrix matrix = AccountabilityJson.ReadMatrix(json);
        AccountabilityAnswer answer = matrix.WhoAnswersFor("east-sales", new LocalDate(2026, 5, 1));

        Assert.Equal("zhang-wei", answer.Accountable.Person.Id.Value);
    }

    [Fact]
    public void ReadMatrix_UnknownPartyInACell_IsReportedAtTheCellsPath()
    {
        string json = AccountabilityJson.Write(Fixture.Basic().Build()).Replace("\"party\": \"ben\"", "\"party\": \"bob\"", StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadMatrix(json));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("$.assignments[0].party", problem.Path);
        Assert.Equal(ResponsibilityProblemCodes.UnknownParty, problem.Code);
        Assert.Equal("The party 'bob' is not defined in the matrix.", problem.Message);
    }

    [Fact]
    public void ReadMatrix_MatrixRules_AreReportedAtTheirDocumentPaths()
    {
        ResponsibilityMatrix matrix = Fixture.Basic().AddWorkItem("sub", "Sub-task", parent: "task").Build();
        string json = AccountabilityJson.Write(matrix)
            .Replace("\"parent\": \"task\"", "\"parent\": \"nowhere\"", StringComparison.Ordinal)
            .Replace("\"codes\": [\n        \"I\"", "\"codes\": [\n        \"Q\"", StringComparison.Ordinal)
            .Replace("\"roleOrTeam\": \"reps\"", "\"roleOrTeam\": \"ben\"", StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadMatrix(json));

        Assert.Equal(
            [
                "$.workItems[1].parent unknown-work-item",
                "$.tenures[1].roleOrTeam tenure-target-not-role-or-team",
                "$.assignments[2].codes[0] unknown-code",
            ],
            ex.Problems.Select(p => p.Path + " " + p.Code));
        Assert.Contains(ex.Problems, p => p.Message == "'Q' is not a code of the RACI scheme; use one of R, A, C, I.");
    }

    [Fact]
    public void ReadMatrix_FieldProblems_AreAllReportedWithPaths()
    {
        string json = AccountabilityJson.Write(Fixture.Basic().Build())
            .Replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"01/01/2026\"", StringComparison.Ordinal)
            .Replace("\"kind\": \"Team\"", "\"kind\": \"Squad\"", StringComparison.Ordinal)
            .Replace("\"level\": 2", "\"level\": -2", StringComparison.Ordinal)
            .Replace("\"title\": \"Task\"", "\"title\": \" \"", StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadMatrix(json));

        Assert.Equal(
            [
                "$.parties[0].authority.level property-not-allowed Not allowed here: an authority level is zero or more.",
                "$.parties[4].kind value-not-allowed 'Squad' is not one of Person, Role, Team.",
                "$.workItems[0].title value-not-allowed The text cannot be empty or white space.",
                "$.tenures[0].effectiveFrom value-not-allowed '01/01/2026' is not a date in ISO 8601 form (such as 2026-03-31).",
                "$.tenures[1].effectiveFrom value-not-allowed '01/01/2026' is not a date in ISO 8601 form (such as 2026-03-31).",
            ],
            ex.Problems.Select(p => p.Path + " " + p.Code + " " + p.Message));
    }

    [Fact]
    public void ReadMatrix_ACellGivenTwice_IsRefused()
    {
        string json = AccountabilityJson.Write(Fixture.Basic().Build()).Replace(
            "\"assignments\": [",
            "\"assignments\": [\n    { \"workItem\": \"task\", \"party\": \"ben\", \"codes\": [ \"C\" ] },",
            StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadMatrix(json));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("$.assignments[1]", problem.Path);
        Assert.Equal("The cell of 'ben' on 'task' appears twice; give each cell once, with all its codes.", problem.Message);
    }

    [Fact]
    public void ReadMatrix_SchemeProblems_AreReportedUnderTheScheme()
    {
        string json = AccountabilityJson.Write(Fixture.Basic().Build())
            .Replace("\"involvement\": \"Accountable\"", "\"involvement\": \"Consulted\"", StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadMatrix(json));

        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal("$.scheme.codes", problem.Path);
        Assert.Equal(ResponsibilityProblemCodes.SchemeAccountableCode, problem.Code);
    }

    [Theory]
    [InlineData("\"version\": 1,", "\"version\": 0,", "$.version value-not-allowed")]
    [InlineData("\"version\": 1,", "\"version\": 1, \"owner\": \"x\",", "$.owner unknown-property")]
    [InlineData("\"version\": 1,", "", "$.version property-required")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion schema-version-unsupported")]
    [InlineData("\"kind\": \"responsibility-matrix\"", "\"kind\": \"scorecard\"", "$.kind document-kind-wrong")]
    [InlineData("\"name\": \"Ana\"", "\"name\": 7", "$.parties[0].name json-type")]
    public void ReadMatrix_BadShape_IsOneProblemAtItsPath(string find, string replace, string expected)
    {
        string json = AccountabilityJson.Write(Fixture.Basic().Build());
        Assert.Contains(find, json, StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadMatrix(json.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal(expected, Assert.Single(ex.Problems.Select(p => p.Path + " " + p.Code)));
    }

    /// <summary>Every answer a matrix gives on a date, as text: validation, who answers for each item, what each party holds.</summary>
    internal static string Answers(ResponsibilityMatrix matrix, LocalDate on)
    {
        var text = new StringBuilder();
        text.AppendLine(matrix.ToString()).AppendLine(ResponsibilityTable.ToMarkdown(matrix))
            .AppendLine(Outcome(() => ResponsibilityTable.ToCsv(matrix.Workload(on))))
            .AppendLine(Outcome(() => string.Join("\n", matrix.Validate(on))));
        foreach (WorkItem item in matrix.WorkItems)
        {
            text.AppendLine(Outcome(() => matrix.AsOf(on).WhoAnswersFor(item.Id).ToString()))
                .AppendLine(Outcome(() => matrix.WhoAnswersFor(item.Id, on).ToString()));
        }

        foreach (Party party in matrix.Parties)
        {
            text.AppendLine(Outcome(() => matrix.ResponsibilitiesOf(party.Id, on).ToString()))
                .AppendLine(Outcome(() => string.Join(",", matrix.HoldersOf(party.Id, on).Select(p => p.Id.Value))))
                .AppendLine(Outcome(() => string.Join(",", matrix.MembershipsOf(party.Id, on).Select(p => p.Id.Value))))
                .AppendLine(Outcome(() => matrix.EffectiveAuthority(party.Id, on).ToString()));
        }

        return text.ToString();
    }

    private static string Outcome(Func<string> query)
    {
        try
        {
            return query();
        }
        catch (AccountabilityException ex)
        {
            return "refused: " + string.Join("; ", ex.Problems);
        }
    }
}

/// <summary>The shipped responsibility-matrix schema accepts what the library writes and refuses what the reader refuses in shape.</summary>
public class MatrixDocumentSchemaTests
{
    private static readonly Lazy<Json.Schema.JsonSchema> Schema = new(() =>
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Schemas", "responsibility-matrix.schema.json")));
        return Json.Schema.JsonSchema.Build(schema.RootElement.Clone(), new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() }, null);
    });

    internal static bool IsValid(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    [Property(MaxTest = 50)]
    public bool WrittenMatrices_AreValidAgainstTheSchema(int seed) =>
        IsValid(AccountabilityJson.Write(ResponsibilityPropertyTests.RandomContent.From(seed).Build(2, new LocalDate(2026, 3, 1))));

    [Theory]
    [InlineData("\"version\": 1,", "\"version\": 0,")]
    [InlineData("\"version\": 1,", "\"version\": 1, \"owner\": \"x\",")]
    [InlineData("\"kind\": \"Person\"", "\"kind\": \"Robot\"")]
    [InlineData("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"1 Jan 2026\"")]
    [InlineData("\"level\": 2", "\"level\": -2")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2")]
    [InlineData("\"title\": \"Task\"", "\"title\": \" \"")]
    public void TheSchema_RefusesWhatTheReaderRefuses(string find, string replace)
    {
        string json = AccountabilityJson.Write(Fixture.Basic().Build());
        Assert.Contains(find, json, StringComparison.Ordinal);
        int at = json.IndexOf(find, StringComparison.Ordinal);
        string broken = json[..at] + replace + json[(at + find.Length)..];

        Assert.False(IsValid(broken));
        Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadMatrix(broken));
    }
}
