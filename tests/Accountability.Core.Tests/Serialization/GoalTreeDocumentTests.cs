using System.Text;
using System.Text.Json;
using Accountability.Goals;
using Accountability.Serialization;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;

namespace Accountability.Tests.Serialization;

public class GoalTreeDocumentTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => LoadSchema("goal-tree"));

    internal static JsonSchema LoadSchema(string kind)
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Schemas", kind + ".schema.json")));
        return JsonSchema.Build(schema.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, null);
    }

    internal static bool IsValid(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void Kangtai_RoundTripsExactly_AndRollsUpTheSame()
    {
        GoalTree tree = GoalDocumentExamples.Kangtai();
        string json = AccountabilityJson.Write(tree);

        GoalTree read = AccountabilityJson.ReadGoalTree(json);

        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(GoalDocumentExamples.Describe(tree, GoalDocumentExamples.KangtaiSales()), GoalDocumentExamples.Describe(read, GoalDocumentExamples.KangtaiSales()));
        Assert.Equal(tree.Goals.Count, read.Goals.Count);
        Assert.Equal(68, read.Goals.Count);
    }

    [Fact]
    public void Write_GivesPeriodsAsTwoEnds_UnitsOnRoots_AndDecomposedTargetsWithTheirScale()
    {
        string json = AccountabilityJson.Write(GoalDocumentExamples.Kangtai());

        Assert.Contains("\"kind\": \"goal-tree\"", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2026-04-01\",", json, StringComparison.Ordinal);
        Assert.Contains("\"end\": \"2027-03-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\"target\": 36000000.00,", json, StringComparison.Ordinal);
        Assert.Contains("\"currency\": \"CNY\"", json, StringComparison.Ordinal);
        Assert.Single(Occurrences(json, "\"currency\""));
        Assert.Contains("\"at\": \"2026-03-21T14:05:07Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"objection\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-04-02", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Accountability.", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FourGoalsOverAYear_MakeASmallDocument()
    {
        string json = AccountabilityJson.Write(GoalDocumentExamples.FourGoals());

        Assert.True(Encoding.UTF8.GetByteCount(json) < 2048, $"{json.Length} characters:\n{json}");
        Assert.Equal(2, Occurrences(json, "\"20").Count);
    }

    [Fact]
    public void AHundredThousandGoals_WriteAndReadBack()
    {
        // Linear mapping both ways: a quadratic step would not finish at this size.
        var builder = new GoalTreeBuilder().Add("c", "ceo", Target.Money(100_000_000.00m, Currency.USD), GoalDocumentExamples.FiscalYear);
        builder.AddSplit("c", Enumerable.Range(0, 99_999).Select(i => new PlannedGoal($"g{i}", $"p{i}", SplitPart.Equal)));
        GoalTree tree = builder.Build();

        string json = AccountabilityJson.Write(tree);
        GoalTree read = AccountabilityJson.ReadGoalTree(json);

        Assert.Equal(100_000, read.Goals.Count);
        Assert.Equal(tree.Goals[^1].Target, read.Goals[^1].Target);
        Assert.Equal(json, AccountabilityJson.Write(read));
    }

    [Property(MaxTest = 150)]
    public bool RandomTrees_RoundTripExactly_InEveryObservable(int seed)
    {
        (GoalTree tree, ActualsLedger ledger) = GoalDocumentExamples.Random(seed);
        string json = AccountabilityJson.Write(tree);

        GoalTree read = AccountabilityJson.ReadGoalTree(json);

        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(GoalDocumentExamples.Describe(tree, ledger), GoalDocumentExamples.Describe(read, ledger));
        return true;
    }

    [Property(MaxTest = 40)]
    public bool RandomTrees_AreValidAgainstTheSchema(int seed)
    {
        (GoalTree tree, _) = GoalDocumentExamples.Random(seed);
        return IsValid(Schema.Value, AccountabilityJson.Write(tree));
    }

    private const string Valid = """
        {
          "schemaVersion": 1,
          "kind": "goal-tree",
          "goals": [
            { "id": "team", "owner": "lead", "target": 1000.00, "unit": { "kind": "Money", "currency": "USD", "minorUnitDigits": 2 },
              "period": { "start": "2026-01-01", "end": "2026-12-31" } },
            { "id": "ann", "owner": "ann", "parent": "team", "target": 600.00, "period": { "start": "2026-01-01", "end": "2026-12-31" } },
            { "id": "bob", "owner": "bob", "parent": "team", "target": 400.00, "period": { "start": "2026-01-01", "end": "2026-06-30" } }
          ],
          "acknowledgments": [
            { "goal": "ann", "owner": "ann", "at": "2026-01-05T10:00:00Z", "target": 600.00 }
          ]
        }
        """;

    // The errors (a refused tree also lists the builder's warnings, such as children that do not add up).
    private static List<Problem> Problems(string json) =>
        [.. Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadGoalTree(json)).Problems.Where(p => p.IsError)];

    [Fact]
    public void TheValidDocument_Reads()
    {
        GoalTree tree = AccountabilityJson.ReadGoalTree(Valid);

        Assert.Equal(["team", "ann", "bob"], tree.Goals.Select(g => g.Id.Value));
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)), tree["bob"].Period);
        Assert.Equal(Target.Money(400.00m, Currency.USD), tree["bob"].Target);
        Assert.NotNull(tree.AcknowledgmentOf("ann"));
        Assert.True(IsValid(Schema.Value, Valid));
    }

    [Theory]
    [InlineData("\"target\": 400.00,", "\"target\": 400.00, \"colour\": \"red\",", "$.goals[2].colour", SerializationProblemCodes.UnknownProperty)]
    [InlineData("\"target\": 400.00,", "\"target\": 400.00, \"target\": 401,", "$.goals[2].target", SerializationProblemCodes.DuplicateProperty)]
    [InlineData("\"target\": 400.00,", "\"target\": \"400\",", "$.goals[2].target", SerializationProblemCodes.JsonType)]
    [InlineData("\"target\": 400.00,", "", "$.goals[2].target", SerializationProblemCodes.PropertyRequired)]
    [InlineData("\"target\": 400.00,", "\"target\": 400.001,", "$.goals[2].target", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"end\": \"2026-06-30\"", "\"end\": \"2026-06-31\"", "$.goals[2].period.end", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"end\": \"2026-06-30\"", "\"end\": \"2025-06-30\"", "$.goals[2].period.end", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"end\": \"2026-06-30\"", "\"end\": \"2027-06-30\"", "$.goals[2].period", GoalProblemCodes.GoalPeriodOutsideParent)]
    [InlineData("\"parent\": \"team\", \"target\": 400.00", "\"parent\": \"tema\", \"target\": 400.00", "$.goals[2].unit", SerializationProblemCodes.PropertyRequired)]
    [InlineData("\"id\": \"bob\"", "\"id\": \"ann\"", "$.goals[2].id", GoalProblemCodes.GoalDuplicateId)]
    [InlineData("\"id\": \"bob\"", "\"id\": \" bob\"", "$.goals[2].id", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"currency\": \"USD\"", "\"currency\": \"\"", "$.goals[0].unit.currency", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"kind\": \"Money\"", "\"kind\": \"money\"", "$.goals[0].unit.kind", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", SerializationProblemCodes.SchemaVersionUnsupported)]
    [InlineData("\"kind\": \"goal-tree\"", "\"kind\": \"actuals-ledger\"", "$.kind", SerializationProblemCodes.WrongKind)]
    [InlineData("\"goal\": \"ann\"", "\"goal\": \"cy\"", "$.acknowledgments[0].goal", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"owner\": \"ann\", \"at\"", "\"owner\": \"bob\", \"at\"", "$.acknowledgments[0].owner", GoalProblemCodes.AcknowledgmentNotOwner)]
    [InlineData("\"at\": \"2026-01-05T10:00:00Z\"", "\"at\": \"2026-01-05 10:00\"", "$.acknowledgments[0].at", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"target\": 600.00 }", "\"target\": 600.00, \"objection\": true }", "$.acknowledgments[0].comment", GoalProblemCodes.AcknowledgmentObjectionWithoutComment)]
    [InlineData("\"target\": 600.00 }", "\"target\": 600.00, \"comment\": \" \" }", "$.acknowledgments[0].comment", SerializationProblemCodes.ValueNotAllowed)]
    public void OneDefect_OneProblem_WithItsPathAndCode(string find, string replace, string path, string code)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        Problem problem = Assert.Single(Problems(ReplaceFirst(Valid, find, replace)));
        Assert.Equal((path, code), (problem.Path, problem.Code));
    }

    [Fact]
    public void AChildTakesTheUnitOfItsParentListedBefore_AndBuilderProblemsArePlacedAtTheirGoal()
    {
        string under = Valid.Replace("\"parent\": \"team\", \"target\": 400.00,", "\"parent\": \"ann\", \"target\": 400.00,", StringComparison.Ordinal);
        Assert.Equal("ann", AccountabilityJson.ReadGoalTree(under)["bob"].ParentId?.Value);
        Problem outside = Assert.Single(Problems(under.Replace("2026-06-30", "2027-01-31", StringComparison.Ordinal)));
        Assert.Equal(("$.goals[2].period", GoalProblemCodes.GoalPeriodOutsideParent), (outside.Path, outside.Code));

        string unknown = Valid.Replace(
            "\"parent\": \"team\", \"target\": 600.00,",
            "\"parent\": \"nobody\", \"target\": 600.00, \"unit\": { \"kind\": \"Money\", \"currency\": \"USD\", \"minorUnitDigits\": 2 },",
            StringComparison.Ordinal);
        Problem problem = Assert.Single(Problems(unknown));
        Assert.Equal(("$.goals[1].parent", GoalProblemCodes.GoalUnknownParent), (problem.Path, problem.Code));
    }

    [Fact]
    public void SeveralDefects_AreReportedTogether()
    {
        string broken = Valid
            .Replace("\"owner\": \"lead\"", "\"owner\": \"\"", StringComparison.Ordinal)
            .Replace("\"start\": \"2026-01-01\", \"end\": \"2026-06-30\"", "\"start\": \"soon\", \"end\": \"2026-06-30\"", StringComparison.Ordinal)
            .Replace("\"at\": \"2026-01-05T10:00:00Z\"", "\"at\": \"yesterday\"", StringComparison.Ordinal);

        Assert.Equal(["$.goals[0].owner", "$.goals[2].period.start", "$.acknowledgments[0].at"], Problems(broken).Select(p => p.Path));
    }

    [Fact]
    public void ProblemMessages_SayWhatIsExpected()
    {
        Problem date = Assert.Single(Problems(Valid.Replace("2026-06-30", "30/06/2026", StringComparison.Ordinal)));
        Assert.Equal("'30/06/2026' is not a date in ISO 8601 form (such as 2026-03-31).", date.Message);

        Problem unit = Assert.Single(Problems(Valid.Replace("\"target\": 1000.00, \"unit\": { \"kind\": \"Money\", \"currency\": \"USD\", \"minorUnitDigits\": 2 },", "\"target\": 1000.00,", StringComparison.Ordinal)));
        Assert.Equal(("$.goals[0].unit", "Required: the unit of a root goal's target."), (unit.Path, unit.Message));
    }

    [Fact]
    public void AnAcknowledgmentOfAnEarlierTarget_IsKeptAsItWas()
    {
        GoalTree tree = GoalDocumentExamples.Kangtai().Acknowledge("sun-hui", "sun-hui", Instant.FromUtc(2026, 3, 22, 8, 0));
        ActualsLedger sales = GoalDocumentExamples.KangtaiSales();
        GoalTree after = tree.Redistribute(Departure.SpreadOverOthers("chen-jie", new LocalDate(2026, 8, 31)), sales);
        Assert.Null(after.AcknowledgmentOf("sun-hui"));

        GoalTree read = AccountabilityJson.ReadGoalTree(AccountabilityJson.Write(after));

        Assert.Null(read.AcknowledgmentOf("sun-hui"));
        Assert.Equal(GoalDocumentExamples.Describe(after, sales), GoalDocumentExamples.Describe(read, sales));
    }

    internal static List<int> Occurrences(string text, string what)
    {
        var at = new List<int>();
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            at.Add(i);
        }

        return at;
    }

    internal static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
