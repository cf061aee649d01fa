using System.Text.Json;
using Accountability.Criteria;
using Accountability.Scoring;
using Accountability.Serialization;
using Json.Schema;

namespace Accountability.Tests.Serialization;

/// <summary>
/// The JSON Schemas that ship with the package describe the documents the library writes: every written document and
/// every sample document is valid against its schema, and the schemas refuse what the reader refuses in shape.
/// </summary>
public class DocumentSchemaTests
{
    private static readonly Lazy<JsonSchema> ScorecardSchema = new(() => Load("scorecard"));
    private static readonly Lazy<JsonSchema> ActualsSchema = new(() => Load("actuals"));

    private static JsonSchema Load(string kind)
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Schemas", kind + ".schema.json")));
        return JsonSchema.Build(schema.RootElement.Clone(), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, null);
    }

    private static bool IsValid(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void WrittenDocuments_AreValidAgainstTheirSchemas()
    {
        Assert.True(IsValid(ScorecardSchema.Value, AccountabilityJson.Write(DocumentExamples.EveryRule())));
        Assert.True(IsValid(ActualsSchema.Value, AccountabilityJson.Write("sales-rep", [DocumentExamples.Ana(), DocumentExamples.Ben()])));
    }

    [Fact]
    public void WrittenResults_AreValidAgainstTheResultSchema_NestedOnesToo_AndTheSchemaRefusesAStrayProperty()
    {
        Scorecard inner = DocumentExamples.EveryRule();
        Scorecard outer = Scorecard.CreateBuilder("final", "Final rating")
            .Add(new PerformanceCriterion("goals", "Goal attainment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 150m)), 70m)
            .Add(new PerformanceCriterion("manager", "Manager rating", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 30m)
            .Build();
        JsonSchema schema = Load(AccountabilityJson.ResultKind);
        string[] written =
        [
            AccountabilityJson.Write(inner.Score(DocumentExamples.Ana())),
            AccountabilityJson.Write(inner.Score(DocumentExamples.Ben())),
            AccountabilityJson.Write(outer.Score(Actuals.For("ana").Result("goals", inner.Score(DocumentExamples.Ana())).Value("manager", 80m).Build())),
        ];

        Assert.All(written, json => Assert.True(IsValid(schema, json), json));
        Assert.False(IsValid(schema, written[0].Replace("\"kind\": \"result\",", "\"kind\": \"result\", \"colour\": \"red\",", StringComparison.Ordinal)));
        Assert.False(IsValid(schema, written[0].Replace("\"status\": \"Scored\"", "\"status\": \"Done\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void SampleDocuments_AreValidAgainstTheirSchemas_AndRead()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Serialization", "Samples");
        string[] files = Directory.GetFiles(folder, "*.json");
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string json = File.ReadAllText(file);
            string kind = JsonDocument.Parse(json).RootElement.GetProperty("kind").GetString()!;
            kinds.Add(kind);

            // Each kind against its own schema (a file named after the kind), then read by the library.
            Assert.True(IsValid(Load(kind), json), file);
            object read = kind switch
            {
                // The sample's scorecard names the sample console's own rule; the console's tests read it with that rule.
                AccountabilityJson.ScorecardKind => AccountabilityJson.KindOf(System.Text.Encoding.UTF8.GetBytes(json))!,
                AccountabilityJson.ActualsKind => AccountabilityJson.ReadActuals(json).Subjects,
                AccountabilityJson.GoalTreeKind => AccountabilityJson.ReadGoalTree(json).Goals,
                AccountabilityJson.LedgerKind => AccountabilityJson.ReadLedger(json).Entries,
                AccountabilityJson.ResponsibilityMatrixKind => AccountabilityJson.ReadMatrix(json),
                AccountabilityJson.CalibrationKind => AccountabilityJson.ReadCalibration(json),
                AccountabilityJson.PlanKind => AccountabilityJson.ReadPlan(json).Actions,
                AccountabilityJson.CycleKind => AccountabilityJson.ReadCycle(json).Participants,
                _ => throw new InvalidOperationException($"{file}: no reader for the kind '{kind}'"),
            };
            Assert.NotNull(read);
        }

        // The story's documents, as the sample console's export writes them.
        string[] expected = [AccountabilityJson.ScorecardKind, AccountabilityJson.ActualsKind, AccountabilityJson.GoalTreeKind, AccountabilityJson.LedgerKind,
            AccountabilityJson.ResponsibilityMatrixKind, AccountabilityJson.CalibrationKind, AccountabilityJson.PlanKind, AccountabilityJson.CycleKind];
        Assert.Equal(expected.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\"weight\": 30.0,", "\"weight\": 30.0, \"colour\": \"red\",")]
    [InlineData("\"weight\": 30.0,", "\"weight\": \"30\",")]
    [InlineData("\"weight\": 30.0,", "")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2")]
    [InlineData("\"direction\": \"HigherIsBetter\"", "\"direction\": \"Up\"")]
    [InlineData("\"cap\": 150.0,", "\"cap\": 150.0, \"steps\": [],")]
    public void TheSchema_RefusesWhatTheReaderRefuses(string find, string replace)
    {
        string json = AccountabilityJson.Write(DocumentExamples.EveryRule());
        Assert.Contains(find, json, StringComparison.Ordinal);
        string broken = ReplaceFirst(json, find, replace);

        Assert.False(IsValid(ScorecardSchema.Value, broken));
        Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadScorecard(broken, DocumentExamples.Rules));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
