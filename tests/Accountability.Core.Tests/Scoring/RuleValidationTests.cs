using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Tests.Scoring;

public class RuleValidationTests
{
    private static IReadOnlyList<Problem> Problems(CriterionDirection direction, ScoringMethod method)
    {
        var ex = Assert.Throws<AccountabilityException>(() =>
            Scorecard.CreateBuilder("c", "C").Add(new PerformanceCriterion("k", "K", "u", direction, method), 100m).Build());
        return ex.Problems;
    }

    private static (string Path, string Message) Single(CriterionDirection direction, ScoringMethod method)
    {
        Problem p = Assert.Single(Problems(direction, method));
        return (p.Path, p.Message);
    }

    [Fact]
    public void Linear_LowerIsBetterWithThresholdBelowTarget_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.threshold", "For a lower-is-better criterion the target (45) must be below the threshold (40)."),
            Single(CriterionDirection.LowerIsBetter, ScoringMethod.Linear(40m, 45m)));

    [Fact]
    public void Linear_StretchBehindTarget_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.stretch", "For a higher-is-better criterion the stretch (90) must be above the target (100)."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Linear(80m, 100m, 90m, 150m)));

    [Fact]
    public void Linear_StretchWithoutCap_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.cap", "The 'linear' rule needs a cap (the score at stretch) when a stretch is given."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Linear(80m, 100m, 120m)));

    [Fact]
    public void Linear_CapNotAboveHundred_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.cap", "The cap (the score at stretch) must be above 100; it is 100."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Linear(80m, 100m, 120m, 100m)));

    [Fact]
    public void Linear_CapWithoutStretch_IsRejectedNotIgnored() =>
        Assert.Equal(
            ("criteria[0].scoring.cap", "A cap (150) has no effect without a stretch; give a stretch or remove the cap."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Linear(80m, 100m, cap: 150m)));

    [Fact]
    public void Linear_FloorAtHundred_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.floor", "The floor must be below 100; it is 100."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Linear(80m, 100m, floor: 100m)));

    [Fact]
    public void Linear_ClosestToTarget_IsRejected() =>
        Assert.Equal(
            ("criteria[0].direction", "The 'linear' rule does not score closest-to-target criteria; use the target-range or binary rule for closest-to-target."),
            Single(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.Linear(80m, 100m)));

    [Fact]
    public void Linear_CustomSettingsNamingTheRule_AreRejected()
    {
        // Typed settings make a missing threshold or an unused slope impossible to write; settings of the wrong kind are reported.
        IReadOnlyList<Problem> problems = Problems(CriterionDirection.HigherIsBetter, ScoringMethod.Custom(LinearScoring.Rule, new Dictionary<string, decimal> { ["slope"] = 3m }));
        Problem problem = Assert.Single(problems);
        Assert.Equal("criteria[0].scoring", problem.Path);
        Assert.Equal(ScoringProblemCodes.SettingsNotSupported, problem.Code);
        Assert.Equal("The 'linear' rule is set up with LinearScoring; these settings are CustomScoring.", problem.Message);
    }

    [Fact]
    public void Ratio_NonPositiveTarget_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.target", "The 'ratio-to-target' rule needs a positive target; it is 0."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(0m, 150m)));

    [Fact]
    public void Ratio_CapNotAboveFloor_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.cap", "The cap (50) must be above the floor (50)."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(10m, 50m, 50m)));

    [Fact]
    public void Ratio_NegativeFloor_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.floor", "The floor of a ratio cannot be negative; it is -1."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.RatioToTarget(10m, 50m, -1m)));

    [Fact]
    public void Banded_Gap_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.steps[0]", "There is a gap between 50 and 60: no step covers it ([0, 50) -> 0, then [60, +inf) -> 100)."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Banded(new ScoreStep(0m, 50m, 0m), new ScoreStep(60m, null, 100m))));

    [Fact]
    public void Banded_Overlap_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.steps[1]", "Steps [0, 60) -> 0 and [50, 70) -> 50 overlap between 50 and 60."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Banded(new ScoreStep(50m, 70m, 50m), new ScoreStep(0m, 60m, 0m))));

    [Fact]
    public void Banded_EmptyStep_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.steps[0]", "A step must end above where it starts; this one is [5, 5) -> 0."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Banded(new ScoreStep(5m, 5m, 0m))));

    [Fact]
    public void Banded_TwoOpenStarts_IsRejected() =>
        Assert.Equal(
            "Only one step can have no lower bound; [-inf, 20) -> 10 overlaps [-inf, 10) -> 0.",
            Problems(CriterionDirection.HigherIsBetter, ScoringMethod.Banded(new ScoreStep(null, 10m, 0m), new ScoreStep(null, 20m, 10m)))[0].Message);

    [Fact]
    public void Banded_NoSteps_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.steps", "The 'banded' rule needs at least one step."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Banded()));

    [Fact]
    public void Banded_AgainstDirection_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.steps[1]", "For a higher-is-better criterion a higher step cannot score less: [10, +inf) -> 0 scores below [-inf, 10) -> 100."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Banded(new ScoreStep(null, 10m, 100m), new ScoreStep(10m, null, 0m))));

    [Fact]
    public void Banded_LowerIsBetterAgainstDirection_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.steps[1]", "For a lower-is-better criterion a higher step cannot score more: [10, +inf) -> 100 scores above [-inf, 10) -> 0."),
            Single(CriterionDirection.LowerIsBetter, ScoringMethod.Banded(new ScoreStep(null, 10m, 0m), new ScoreStep(10m, null, 100m))));

    [Fact]
    public void Binary_MetNotAboveNotMet_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.metScore", "The score when met (0) must be above the score when not met (0)."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Binary(1m, 0m, 0m)));

    [Fact]
    public void Binary_ToleranceOnHigherIsBetter_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.tolerance", "A tolerance only applies to closest-to-target criteria; this one is higher-is-better. Remove it or move the target."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Binary(1m, tolerance: 0.5m)));

    [Fact]
    public void Binary_NegativeTolerance_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.tolerance", "The tolerance cannot be negative; it is -1."),
            Single(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.Binary(1m, tolerance: -1m)));

    [Fact]
    public void RatingScale_OnePoint_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.scale", "The 'rating-scale' rule needs at least two points; it has 1."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.RatingScale([new RatingPoint(1m, 0m)])));

    [Fact]
    public void RatingScale_RepeatedRating_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.scale[1]", "The rating 1 is already mapped by scale[0]."),
            Single(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.RatingScale([new RatingPoint(1m, 0m), new RatingPoint(1m, 10m)])));

    [Fact]
    public void RatingScale_AgainstDirection_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.scale[0]", "For a higher-is-better criterion the rating 5 cannot score less than the rating 1 (0 against 100)."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.RatingScale([new RatingPoint(5m, 0m), new RatingPoint(1m, 100m)])));

    [Fact]
    public void TargetRange_Inverted_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.rangeLow", "The range starts (10) above where it ends (5)."),
            Single(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(10m, 5m, 1m)));

    [Fact]
    public void TargetRange_NonPositiveSlope_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.slope", "The slope (points lost per unit outside the range) must be positive; it is 0."),
            Single(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(1m, 5m, 0m)));

    [Fact]
    public void TargetRange_HigherIsBetter_IsRejected() =>
        Assert.Equal(
            ("criteria[0].direction", "The 'target-range' rule does not score higher-is-better criteria; use the linear or ratio-to-target rule for higher- or lower-is-better."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.TargetRange(1m, 5m, 1m)));

    [Fact]
    public void TargetRange_FloorAtHundred_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.floor", "The floor must be below 100; it is 100."),
            Single(CriterionDirection.ClosestToTargetIsBest, ScoringMethod.TargetRange(1m, 5m, 1m, 100m)));

    [Fact]
    public void Direct_CapNotAboveFloor_IsRejected() =>
        Assert.Equal(
            ("criteria[0].scoring.cap", "The cap (10) must be above the floor (10)."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Direct(10m, 10m)));

    [Fact]
    public void Direct_LowerIsBetter_IsRejected() =>
        Assert.Equal(
            ("criteria[0].direction", "The 'direct' rule does not score lower-is-better criteria; a direct score is always higher-is-better."),
            Single(CriterionDirection.LowerIsBetter, ScoringMethod.Direct()));

    [Fact]
    public void BuiltIn_CustomValues_AreRejected() =>
        Assert.Equal(
            ("criteria[0].scoring", "The 'direct' rule is set up with DirectScoring; these settings are CustomScoring."),
            Single(CriterionDirection.HigherIsBetter, ScoringMethod.Custom(DirectScoring.Rule, new Dictionary<string, decimal> { ["k"] = 1m })));
}
