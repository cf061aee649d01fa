using Accountability.Serialization;

namespace Accountability.Tests.Serialization;

public class DocumentErrorTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "kind": "scorecard",
          "id": "rep",
          "name": "Rep",
          "criteria": [
            { "id": "sales", "name": "Sales", "weight": 60, "direction": "HigherIsBetter", "unit": "USD",
              "scoring": { "rule": "linear", "threshold": 80, "target": 100 } },
            { "id": "dso", "name": "DSO", "weight": 40, "direction": "LowerIsBetter", "unit": "days",
              "scoring": { "rule": "linear", "threshold": 60, "target": 45 } }
          ]
        }
        """;

    private static IReadOnlyList<Problem> Problems(string json)
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadScorecard(json));
        Assert.NotEmpty(ex.Problems);
        return ex.Problems;
    }

    private static Problem Single(string json) => Assert.Single(Problems(json));

    [Fact]
    public void TheValidDocument_Reads()
    {
        Assert.Equal(2, AccountabilityJson.ReadScorecard(Valid).Criteria.Count);
    }

    [Theory]
    [InlineData("\"weight\": 60,", "\"weight\": 60, \"colour\": \"red\",", "$.criteria[0].colour", SerializationProblemCodes.UnknownProperty)]
    [InlineData("\"weight\": 60,", "\"weight\": 60, \"weight\": 61,", "$.criteria[0].weight", SerializationProblemCodes.DuplicateProperty)]
    [InlineData("\"weight\": 60,", "\"weight\": \"60\",", "$.criteria[0].weight", SerializationProblemCodes.JsonType)]
    [InlineData("\"weight\": 60,", "\"weight\": 1e40,", "$.criteria[0].weight", SerializationProblemCodes.JsonType)]
    [InlineData("\"weight\": 60,", "\"weight\": 123456789012345678901234567890123,", "$.criteria[0].weight", SerializationProblemCodes.JsonType)]
    [InlineData("\"weight\": 60,", "", "$.criteria[0].weight", SerializationProblemCodes.PropertyRequired)]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", SerializationProblemCodes.SchemaVersionUnsupported)]
    [InlineData("\"kind\": \"scorecard\"", "\"kind\": \"actuals\"", "$.kind", SerializationProblemCodes.WrongKind)]
    [InlineData("\"direction\": \"HigherIsBetter\"", "\"direction\": \"higher\"", "$.criteria[0].direction", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"direction\": \"HigherIsBetter\"", "\"direction\": \"0\"", "$.criteria[0].direction", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"target\": 100 }", "\"target\": 100, \"steps\": [] }", "$.criteria[0].scoring.steps", SerializationProblemCodes.PropertyNotAllowed)]
    [InlineData("\"id\": \"sales\"", "\"id\": \" sales\"", "$.criteria[0].id", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("\"threshold\": 80, \"target\": 100", "\"threshold\": 100, \"target\": 80", "$.criteria[0].scoring.threshold", "values-out-of-order")]
    public void OneDefect_OneProblem_WithItsPathAndCode(string find, string replace, string path, string code)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        Problem problem = Single(Valid.Replace(find, replace, StringComparison.Ordinal));
        Assert.Equal((path, code), (problem.Path, problem.Code));
    }

    [Fact]
    public void SeveralDefects_AreReportedTogether()
    {
        string json = Valid.Replace("\"weight\": 60,", string.Empty, StringComparison.Ordinal)
            .Replace("\"direction\": \"LowerIsBetter\"", "\"direction\": \"Down\"", StringComparison.Ordinal)
            .Replace("\"name\": \"Rep\"", "\"name\": \" \"", StringComparison.Ordinal);
        Assert.Equal(["$.name", "$.criteria[0].weight", "$.criteria[1].direction"], Problems(json).Select(p => p.Path));
    }

    [Fact]
    public void Messages_SayWhatIsWrong()
    {
        Assert.Equal("Unknown property 'colour' (line 7, byte 62): this document kind has no such property.", Single(Valid.Replace("\"weight\": 60,", "\"weight\": 60, \"colour\": 1,", StringComparison.Ordinal)).Message);
        Assert.Equal("Required: a number.", Single(Valid.Replace("\"weight\": 60,", string.Empty, StringComparison.Ordinal)).Message);
        Assert.Equal("The document has schema version 2; this version of the library reads versions up to 1. Upgrade the library to read it.", Single(Valid.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal)).Message);
        Assert.Equal("Not allowed here: the 'linear' rule takes 'threshold', 'target', 'stretch', 'cap', 'floor', 'unit'.", Single(Valid.Replace("\"target\": 100 }", "\"target\": 100, \"steps\": [] }", StringComparison.Ordinal)).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{} {}")]
    [InlineData("{\"schemaVersion\": 1, \"kind\": \"scorecard\",}")]
    [InlineData("// comment\n{}")]
    public void Malformed_IsAProblem_NeverAnotherException(string json)
    {
        Assert.NotEmpty(Problems(json));
    }

    [Fact]
    public void DeepNesting_IsRefusedWithItsOwnCode()
    {
        string deep = "{\"schemaVersion\": 1, \"kind\": \"scorecard\", \"criteria\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        Assert.Equal(SerializationProblemCodes.TooDeep, Single(deep).Code);
    }

    [Fact]
    public void OversizedDocument_IsRefusedBeforeParsing()
    {
        string huge = "{\"name\": \"" + new string('x', AccountabilityJson.MaxDocumentBytes) + "\"}";
        Assert.Equal(SerializationProblemCodes.DocumentTooLarge, Single(huge).Code);
    }

    [Fact]
    public void UnknownCustomRule_IsNamedWithItsPath()
    {
        Problem problem = Single(Valid.Replace("\"rule\": \"linear\", \"threshold\": 80, \"target\": 100", "\"rule\": \"mystery\", \"values\": { \"k\": 1 }", StringComparison.Ordinal));
        Assert.StartsWith("$.criteria[0].scoring", problem.Path, StringComparison.Ordinal);
        Assert.Contains("mystery", problem.Message, StringComparison.Ordinal);
    }
}
