using Accountability.Goals;
using Accountability.Serialization;
using FsCheck.Xunit;
using Json.Schema;
using NodaTime;

namespace Accountability.Tests.Serialization;

public class LedgerDocumentTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => GoalTreeDocumentTests.LoadSchema("actuals-ledger"));

    [Fact]
    public void KangtaiSales_RoundTripExactly_WithSharedCreditAndReferences()
    {
        ActualsLedger ledger = GoalDocumentExamples.KangtaiSales();
        string json = AccountabilityJson.Write(ledger);

        ActualsLedger read = AccountabilityJson.ReadLedger(json);

        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(Describe(ledger), Describe(read));
        Assert.Contains("\"value\": 150000.01,", json, StringComparison.Ordinal);
        Assert.Contains("\"reference\": \"KA-1042\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2026-05-21\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"measure\"", json, StringComparison.Ordinal);
        Assert.True(GoalTreeDocumentTests.IsValid(Schema.Value, json));
    }

    [Fact]
    public void Measures_KeepTheirScale()
    {
        ActualsLedger ledger = ActualsLedger.Empty.Record("csat", new LocalDate(2026, 1, 2), 4.50m, 12m).Record("csat", new LocalDate(2026, 1, 3), 3m, 1.0m).Record("csat", new LocalDate(2026, 1, 4), 5m);

        string json = AccountabilityJson.Write(ledger);

        Assert.Contains("\"measure\": 12", json, StringComparison.Ordinal);
        Assert.Contains("\"measure\": 1.0", json, StringComparison.Ordinal);
        Assert.Equal(2, GoalTreeDocumentTests.Occurrences(json, "\"measure\"").Count);
        Assert.Equal(json, AccountabilityJson.Write(AccountabilityJson.ReadLedger(json)));
    }

    [Property(MaxTest = 100)]
    public bool RandomLedgers_RoundTripExactly_AndRollUpTheSame(int seed)
    {
        (GoalTree tree, ActualsLedger ledger) = GoalDocumentExamples.Random(seed);
        ledger = ledger.Record("root", tree["root"].Period.Start, -0.0m, 0.5m, string.Empty);
        string json = AccountabilityJson.Write(ledger);

        ActualsLedger read = AccountabilityJson.ReadLedger(json);

        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(Describe(ledger), Describe(read));
        Assert.Equal(GoalDocumentExamples.Describe(tree, ledger), GoalDocumentExamples.Describe(tree, read));
        return GoalTreeDocumentTests.IsValid(Schema.Value, json);
    }

    [Fact]
    public void AnEmptyLedger_RoundTrips()
    {
        string json = AccountabilityJson.Write(ActualsLedger.Empty);

        Assert.Empty(AccountabilityJson.ReadLedger(json).Entries);
        Assert.True(GoalTreeDocumentTests.IsValid(Schema.Value, json));
    }

    private const string Valid = """
        {
          "schemaVersion": 1,
          "kind": "actuals-ledger",
          "entries": [
            { "goal": "ann/2026-01", "date": "2026-01-15", "value": 1200.50, "reference": "S-1" },
            { "goal": "csat", "date": "2026-01-31", "value": 4.5, "measure": 20 }
          ]
        }
        """;

    [Fact]
    public void TheValidDocument_Reads()
    {
        ActualsLedger ledger = AccountabilityJson.ReadLedger(Valid);

        Assert.Equal(2, ledger.Entries.Count);
        Assert.Equal((new LocalDate(2026, 1, 15), 1200.50m, 1m, "S-1"), (ledger.Entries[0].Date, ledger.Entries[0].Value, ledger.Entries[0].Measure, ledger.Entries[0].Reference));
        Assert.Equal(20m, ledger.Entries[1].Measure);
        Assert.True(GoalTreeDocumentTests.IsValid(Schema.Value, Valid));
    }

    [Theory]
    [InlineData("\"value\": 4.5,", "\"value\": 4.5, \"note\": 1,", "$.entries[1].note", SerializationProblemCodes.UnknownProperty)]
    [InlineData("\"value\": 4.5,", "\"value\": 4.5, \"value\": 4.6,", "$.entries[1].value", SerializationProblemCodes.DuplicateProperty)]
    [InlineData("\"value\": 4.5,", "\"value\": true,", "$.entries[1].value", SerializationProblemCodes.JsonType)]
    [InlineData("\"value\": 4.5,", "", "$.entries[1].value", SerializationProblemCodes.PropertyRequired)]
    [InlineData("\"measure\": 20", "\"measure\": 0", "$.entries[1].measure", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"date\": \"2026-01-31\"", "\"date\": \"2026-1-31\"", "$.entries[1].date", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"goal\": \"csat\"", "\"goal\": \"\"", "$.entries[1].goal", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"goal\": \"csat\", ", "", "$.entries[1].goal", SerializationProblemCodes.PropertyRequired)]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 0", "$.schemaVersion", SerializationProblemCodes.SchemaVersionUnsupported)]
    [InlineData("\"kind\": \"actuals-ledger\"", "\"kind\": \"goal-tree\"", "$.kind", SerializationProblemCodes.WrongKind)]
    [InlineData("\"entries\": [", "\"entries\": [ null,", "$.entries[0]", SerializationProblemCodes.PropertyRequired)]
    public void OneDefect_OneProblem_WithItsPathAndCode(string find, string replace, string path, string code)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        Problem problem = Assert.Single(Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadLedger(GoalTreeDocumentTests.ReplaceFirst(Valid, find, replace))).Problems);
        Assert.Equal((path, code), (problem.Path, problem.Code));
    }

    [Fact]
    public void SeveralDefects_AreReportedTogether()
    {
        string broken = Valid.Replace("2026-01-15", "15.01.2026", StringComparison.Ordinal).Replace("\"measure\": 20", "\"measure\": -1", StringComparison.Ordinal);

        IReadOnlyList<Problem> problems = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadLedger(broken)).Problems;

        Assert.Equal(["$.entries[0].date", "$.entries[1].measure"], problems.Select(p => p.Path));
        Assert.Equal("The measure must be positive; it is -1.", problems[1].Message);
    }

    private static string Describe(ActualsLedger ledger) =>
        string.Join("\n", ledger.Entries.Select(e => $"{e.Goal}|{e.Date:uuuu-MM-dd}|{e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{e.Measure.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{e.Reference ?? "(none)"}"));
}
