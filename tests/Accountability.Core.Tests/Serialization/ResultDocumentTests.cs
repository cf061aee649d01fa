using Accountability.Criteria;
using Accountability.Scoring;
using Accountability.Serialization;

namespace Accountability.Tests.Serialization;

public class ResultDocumentTests
{
    [Fact]
    public void Results_RoundTripExactly_WithTheirExplanation()
    {
        Scorecard card = DocumentExamples.EveryRule();
        foreach (Actuals actuals in new[] { DocumentExamples.Ana(), DocumentExamples.Ben() })
        {
            ScorecardResult result = card.Score(actuals);
            string json = AccountabilityJson.Write(result);

            ScorecardResult read = AccountabilityJson.ReadResult(json, [card]);

            Assert.Equal(json, AccountabilityJson.Write(read));
            Assert.Equal(result.Explain(12), read.Explain(12));
            Assert.Equal(result.Score, read.Score);
            Assert.Equal(result.Score!.Value.Scale, read.Score!.Value.Scale);
        }
    }

    [Fact]
    public void NestedResults_AreListedOnceEach_AndReadBackThroughTheirScorecards()
    {
        Scorecard inner = DocumentExamples.EveryRule();
        Scorecard outer = Scorecard.CreateBuilder("final", "Final rating")
            .Add(new PerformanceCriterion("goals", "Goal attainment", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct(cap: 150m)), 70m)
            .Add(new PerformanceCriterion("manager", "Manager rating", "points", CriterionDirection.HigherIsBetter, ScoringMethod.Direct()), 30m)
            .Build();
        ScorecardResult result = outer.Score(Actuals.For("ana").Result("goals", inner.Score(DocumentExamples.Ana())).Value("manager", 80m).Build());
        string json = AccountabilityJson.Write(result);

        ScorecardResult read = AccountabilityJson.ReadResult(json, [outer, inner]);

        Assert.Equal(json, AccountabilityJson.Write(read));
        Assert.Equal(result.Explain(), read.Explain());
        Assert.Contains("\"nested\": 0", json, StringComparison.Ordinal);
        AccountabilityException missing = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadResult(json, [outer]));
        Assert.Equal("$.nested[0].scorecard", missing.Problems[0].Path);
    }

    [Fact]
    public void AResultForAnotherScorecardShape_IsRefused()
    {
        Scorecard card = DocumentExamples.EveryRule();
        string json = AccountabilityJson.Write(card.Score(DocumentExamples.Ana()));
        string renamed = json.Replace("\"criterion\": \"accounts\"", "\"criterion\": \"leads\"", StringComparison.Ordinal);

        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => AccountabilityJson.ReadResult(renamed, [card]));
        Assert.Equal("$.result.criteria[1].criterion", Assert.Single(ex.Problems).Path);
    }
}
