using System.Text.Json;
using Accountability.Feedback;
using Accountability.Reviews;
using Accountability.Serialization;
using Json.Schema;

namespace Accountability.Tests.Serialization;

/// <summary>Record documents refuse what the record types would never hold, each problem with its path and code; the schemas agree.</summary>
public class RecordDocumentErrorTests
{
    private static readonly Lazy<JsonSchema> RecordSchema = new(() => Load("record"));
    private static readonly Lazy<JsonSchema> RecordsSchema = new(() => Load("records"));

    private static string Example<T>(int skip = 0)
        where T : AccountabilityRecord => AccountabilityJson.Write(RecordExamples.EveryKind().OfType<T>().Skip(skip).First());

    [Theory]
    [InlineData("\"id\": \"p1\"", "\"id\": \" p1\"", "$.id", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"recordedAt\": \"2026-04-01T09:30:00Z\"", "\"recordedAt\": \"2026-04-01 09:30\"", "$.recordedAt", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"deadline\": \"2026-04-15\"", "\"deadline\": \"2026-02-30\"", "$.deadline", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"end\": \"2026-03-31\"", "\"end\": \"2025-12-31\"", "$.result.period.end", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"version\": 1", "\"version\": 0", "$.version", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"author\": \"ana\"", "\"author\": \"lee\"", "$.author", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"criterion\": \"revenue\"", "\"goal\": \"x\"", "$.result.goal", SerializationProblemCodes.UnknownProperty)]
    [InlineData("\"reason\": \"The March order was booked late.\"", "\"reason\": \" \"", "$.reason", FeedbackProblemCodes.TextEmpty)]
    [InlineData("\"actual\": 1.50", "\"actual\": \"1.50\"", "$.actual", SerializationProblemCodes.JsonType)]
    [InlineData("\"recordKind\": \"appeal\"", "\"recordKind\": \"appeal-decision\"", "$.result", SerializationProblemCodes.PropertyNotAllowed)]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", SerializationProblemCodes.SchemaVersionUnsupported)]
    public void AnAppealDocument_IsRefusedWithPathAndCode(string find, string replace, string path, string code)
    {
        string json = Example<Appeal>();
        Assert.Contains(find, json, StringComparison.Ordinal);
        string broken = ReplaceFirst(json, find, replace);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadRecord(broken));

        Assert.Contains(ex.Problems, p => p.Path == path && p.Code == code);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        string json = Example<Appeal>()
            .Replace("\"id\": \"p1\"", "\"id\": \"\"", StringComparison.Ordinal)
            .Replace("\"deadline\": \"2026-04-15\"", "\"deadline\": \"soon\"", StringComparison.Ordinal)
            .Replace("\"outcome\"", "\"x\"", StringComparison.Ordinal);
        json = ReplaceFirst(json, "\"routedTo\": [", "\"newBand\": \"Meets\",\n  \"routedTo\": [");

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadRecord(json));

        Assert.Equal(["$.deadline", "$.id", "$.newBand"], ex.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("acknowledgment-with-both", SerializationProblemCodes.PropertyRequired, "$.result")]
    [InlineData("retraction-with-text", SerializationProblemCodes.PropertyNotAllowed, "$.text")]
    [InlineData("rejected-with-score", SerializationProblemCodes.PropertyNotAllowed, "$.newScore")]
    [InlineData("invalid-feedback-kind", SerializationProblemCodes.ValueNotAllowed, "$.recordKind")]
    [InlineData("cycle-skips-a-phase", ReviewProblemCodes.CycleTransitionForbidden, "$.to")]
    [InlineData("plan-drop-without-reason", ReviewProblemCodes.ActionDropWithoutReason, "$.reason")]
    [InlineData("stream-without-version", SerializationProblemCodes.PropertyRequired, "$.version")]
    [InlineData("list-item-with-kind", SerializationProblemCodes.PropertyNotAllowed, "$.records[0].kind")]
    [InlineData("wrong-document-kind", SerializationProblemCodes.WrongKind, "$.kind")]
    public void RecordsTheApiWouldNeverMake_AreRefused(string @case, string code, string path)
    {
        string json = @case switch
        {
            "acknowledgment-with-both" => ReplaceFirst(Example<Acknowledgment>(), "\"feedback\": \"r1\",", "\"feedback\": \"r1\", \"result\": {\"scorecard\": \"s\", \"subject\": \"ana\", \"period\": {\"start\": \"2026-01-01\", \"end\": \"2026-01-31\"}},"),
            "retraction-with-text" => ReplaceFirst(Example<FeedbackCorrection>(1), "\"retraction\": true", "\"retraction\": true, \"text\": \"new\""),
            "rejected-with-score" => ReplaceFirst(Example<AppealDecision>(2), "\"outcome\": \"Rejected\"", "\"outcome\": \"Rejected\", \"newScore\": 1"),
            "invalid-feedback-kind" => ReplaceFirst(Example<FeedbackRecord>(), "\"recordKind\": \"recognition\"", "\"recordKind\": \" recognition\""),
            "cycle-skips-a-phase" => ReplaceFirst(ReplaceFirst(Example<CycleTransitionRecord>(1), "\"from\": \"SelfAssessment\"", "\"from\": \"GoalSetting\""), "\"to\": \"ManagerAssessment\"", "\"to\": \"Calibration\""),
            "plan-drop-without-reason" => ReplaceFirst(Example<PlanActionRecord>(1), "\"reason\": \"Course cancelled\"", "\"owner\": \"ana\"").Replace("\"owner\": \"ana\",\n  \"due\"", "\"due\"", StringComparison.Ordinal),
            "stream-without-version" => ReplaceFirst(Example<Appeal>(), "\"version\": 1,", string.Empty),
            "list-item-with-kind" => ReplaceFirst(AccountabilityJson.Write(RecordExamples.EveryKind()), "\"recordKind\"", "\"kind\": \"record\", \"recordKind\""),
            _ => AccountabilityJson.Write(RecordExamples.EveryKind()),
        };

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() =>
        {
            if (@case is "list-item-with-kind")
            {
                AccountabilityJson.ReadRecords(json);
            }
            else
            {
                AccountabilityJson.ReadRecord(json);
            }
        });

        Assert.Contains(ex.Problems, p => p.Path == path && p.Code == code);
    }

    [Fact]
    public void WrittenRecords_AreValidAgainstTheSchemas()
    {
        foreach (AccountabilityRecord record in RecordExamples.EveryKind())
        {
            string json = AccountabilityJson.Write(record);
            Assert.True(IsValid(RecordSchema.Value, json), json);
        }

        var random = new Random(12);
        AccountabilityRecord[] many = [.. Enumerable.Range(0, 200).Select(_ => RecordExamples.Random(random))];
        foreach (AccountabilityRecord record in many)
        {
            string json = AccountabilityJson.Write(record);
            Assert.True(IsValid(RecordSchema.Value, json), json);
        }

        Assert.True(IsValid(RecordsSchema.Value, AccountabilityJson.Write(many)));
        Assert.True(IsValid(RecordsSchema.Value, AccountabilityJson.Write(RecordExamples.EveryKind())));
    }

    [Theory]
    [InlineData("\"recordKind\": \"appeal\"", "\"recordKind\": \"appeal\", \"colour\": \"red\"")]
    [InlineData("\"recordKind\": \"appeal\"", "\"recordKind\": \"appeal\", \"outcome\": \"Upheld\"")]
    [InlineData("\"recordedAt\": \"2026-04-01T09:30:00Z\"", "\"recordedAt\": 5")]
    [InlineData("\"version\": 1,", "")]
    [InlineData("\"kind\": \"record\"", "\"kind\": \"records\"")]
    public void TheSchema_RefusesWhatTheReaderRefuses(string find, string replace)
    {
        string json = Example<Appeal>();
        Assert.Contains(find, json, StringComparison.Ordinal);
        string broken = ReplaceFirst(json, find, replace);

        Assert.False(IsValid(RecordSchema.Value, broken));
        Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadRecord(broken));
    }

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

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, "not found: " + find);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
