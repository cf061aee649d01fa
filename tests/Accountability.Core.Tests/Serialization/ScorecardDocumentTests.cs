using Accountability.Scoring;
using Accountability.Serialization;

namespace Accountability.Tests.Serialization;

public class ScorecardDocumentTests
{
    [Fact]
    public void Scorecard_RoundTripsExactly_AndScoresTheSame()
    {
        Scorecard card = DocumentExamples.EveryRule();
        string json = AccountabilityJson.Write(card);

        Scorecard read = AccountabilityJson.ReadScorecard(json, DocumentExamples.Rules);

        Assert.Equal(json, AccountabilityJson.Write(read));
        foreach (Actuals actuals in new[] { DocumentExamples.Ana(), DocumentExamples.Ben() })
        {
            Assert.Equal(card.Score(actuals).Explain(12), read.Score(actuals).Explain(12));
        }
    }

    [Fact]
    public void Write_KeepsDecimalScale_EnumNames_AndRuleNames()
    {
        string json = AccountabilityJson.Write(DocumentExamples.EveryRule());
        Console.WriteLine(json);

        Assert.Contains("\"weight\": 30.0,", json, StringComparison.Ordinal);
        Assert.Contains("\"cap\": 150.00", json, StringComparison.Ordinal);
        Assert.Contains("\"direction\": \"ClosestToTargetIsBest\"", json, StringComparison.Ordinal);
        Assert.Contains("\"rule\": \"double\"", json, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Accountability.", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Actuals_RoundTripExactly_WithReferenceSources()
    {
        Actuals[] actuals = [DocumentExamples.Ana(), DocumentExamples.Ben()];
        string json = AccountabilityJson.Write("sales-rep", actuals);

        ActualsSet read = AccountabilityJson.ReadActuals(json);

        Assert.Equal("sales-rep", read.Scorecard.Value);
        Assert.Equal(json, AccountabilityJson.Write(read.Scorecard, read.Subjects));
        Scorecard card = DocumentExamples.EveryRule();
        Assert.Equal(card.Score(actuals[0]).Explain(12), card.Score(read.Subjects[0]).Explain(12));
        Assert.Contains("goal ana (2026), decomposed from north", card.Score(read.Subjects[0]).Explain(), StringComparison.Ordinal);
    }
}
