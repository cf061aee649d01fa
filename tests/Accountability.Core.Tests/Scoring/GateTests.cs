using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class GateTests
{
    private static readonly PerformanceCriterion Compliance = new(
        "compliance", "Compliance training", "passed", CriterionDirection.HigherIsBetter, ScoringMethod.Binary(1m));

    private static Scorecard Card(ScorecardGate gate) =>
        Scorecard.CreateBuilder("gated", "Gated")
            .Add(SalesTeam.Sales, 90m)
            .Add(Compliance, 10m)
            .WithBands(SalesTeam.Bands)
            .WithGate(gate)
            .WithMissingValues(MissingValuePolicy.Exclude)
            .Build();

    [Fact]
    public void CapGate_Triggered_CapsScoreAndSaysSo()
    {
        ScorecardResult result = Card(ScorecardGate.CapWhenBelow("compliance", 100m, 80m))
            .Score(Actuals.For("rep-1").Value("sales", 120_000m).Value("compliance", 0m).Build());

        Assert.Equal(135m, result.WeightedScore); // 0.9 * 150 + 0.1 * 0
        Assert.Equal(80m, result.Score);
        Assert.Equal("Partially meets", result.Band!.Name);
        GateOutcome gate = Assert.Single(result.Gates);
        Assert.True(gate.Triggered);
        Assert.Equal(
            "triggered: 'Compliance training' (compliance) scored 0.00, below 100; the overall score is capped at 80 (weighted score 135.00).",
            gate.Explanation);
        Assert.Contains("(weighted score 135.00 before gates)", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void CapGate_AlreadyBelowCap_SaysItChangedNothing()
    {
        ScorecardResult result = Card(ScorecardGate.CapWhenBelow("compliance", 100m, 80m))
            .Score(Actuals.For("rep-1").Value("sales", 85_000m).Value("compliance", 0m).Build());

        Assert.Equal(result.WeightedScore, result.Score);
        Assert.Equal(
            "triggered: 'Compliance training' (compliance) scored 0.00, below 100; the cap of 80 changed nothing: the weighted score 22.50 is not above it.",
            result.Gates[0].Explanation);
    }

    [Fact]
    public void CapGate_Passed_ChangesNothing()
    {
        ScorecardResult result = Card(ScorecardGate.CapWhenBelow("compliance", 100m, 80m))
            .Score(Actuals.For("rep-1").Value("sales", 120_000m).Value("compliance", 1m).Build());

        Assert.Equal(145m, result.Score);
        Assert.False(result.Gates[0].Triggered);
        Assert.Equal("passed: 'Compliance training' (compliance) scored 100.00, at least 100.", result.Gates[0].Explanation);
    }

    [Fact]
    public void ForceBandGate_Triggered_ForcesBandKeepsScore()
    {
        ScorecardResult result = Card(ScorecardGate.ForceBandWhenBelow("compliance", 100m, "Below expectations"))
            .Score(Actuals.For("rep-1").Value("sales", 120_000m).Value("compliance", 0m).Build());

        Assert.Equal(135m, result.Score);
        Assert.Equal("Below expectations", result.Band!.Name);
        Assert.True(result.BandForcedByGate);
        Assert.Contains("-> Below expectations (forced by a gate)", result.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Gate_OnExcludedCriterion_IsNotEvaluated()
    {
        ScorecardResult result = Card(ScorecardGate.CapWhenBelow("compliance", 100m, 80m))
            .Score(Actuals.For("rep-1").Value("sales", 120_000m).Build());

        Assert.Equal(150m, result.Score);
        Assert.False(result.Gates[0].Evaluated);
        Assert.Equal(
            "not evaluated: 'Compliance training' (compliance) was left out (if compliance scores below 100, cap the overall score at 80).",
            result.Gates[0].Explanation);
    }

    [Fact]
    public void SeveralGates_LowestCapWins()
    {
        Scorecard card = Scorecard.CreateBuilder("gated", "Gated")
            .Add(SalesTeam.Sales, 80m)
            .Add(Compliance, 10m)
            .Add(new PerformanceCriterion("audit", "Audit", "passed", CriterionDirection.HigherIsBetter, ScoringMethod.Binary(1m)), 10m)
            .WithGate(ScorecardGate.CapWhenBelow("compliance", 100m, 90m))
            .WithGate(ScorecardGate.CapWhenBelow("audit", 100m, 70m))
            .Build();

        ScorecardResult result = card.Score(Actuals.For("rep-1").Value("sales", 120_000m).Value("compliance", 0m).Value("audit", 0m).Build());

        Assert.Equal(70m, result.Score);
        Assert.All(result.Gates, g => Assert.True(g.Triggered));
    }

    [Fact]
    public void ForceBandGate_InBatch_MatchesExplain()
    {
        Scorecard card = Card(ScorecardGate.ForceBandWhenBelow("compliance", 100m, "Partially meets"));
        ActualsTable table = card.CreateTable(["rep-1", "rep-2"]);
        table.Set(0, "sales", 120_000m);
        table.Set(0, "compliance", 0m);
        table.Set(1, "sales", 90_000m);
        table.Set(1, "compliance", 1m);

        SubjectScore[] scores = card.ScoreBatch(table);

        Assert.Equal("Partially meets", scores[0].Band!.Name);
        Assert.Equal(1, scores[0].GatesTriggered);
        Assert.Equal(card.Explain(table, 0).Band, scores[0].Band);
        Assert.Equal(0, scores[1].GatesTriggered);
        Assert.Equal(55m, scores[1].Score); // 0.9 * 50 + 0.1 * 100
    }

    [Fact]
    public void Gate_ToString_DescribesRule()
    {
        Assert.Equal("if compliance scores below 100, rate 'Below expectations'", ScorecardGate.ForceBandWhenBelow("compliance", 100m, "Below expectations").ToString());
        Assert.Throws<ArgumentException>(() => ScorecardGate.ForceBandWhenBelow("compliance", 100m, " "));
        Assert.Throws<ArgumentException>(() => ScorecardGate.CapWhenBelow(default, 100m, 1m));
    }
}
