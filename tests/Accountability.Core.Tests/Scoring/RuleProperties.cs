using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Scoring;

public class RuleProperties
{
    public static IEnumerable<object[]> MonotoneRules() =>
    [
        [LinearScoring.Rule],
        [RatioToTargetScoring.Rule],
        [BandedScoring.Rule],
        [BinaryScoring.Rule],
        [RatingScaleScoring.Rule],
        [DirectScoring.Rule],
    ];

    private static Gen<PerformanceCriterion> For(string rule) => rule switch
    {
        LinearScoring.Rule => Generators.Linear,
        RatioToTargetScoring.Rule => Generators.Ratio,
        BandedScoring.Rule => Generators.Banded,
        BinaryScoring.Rule => Generators.Binary.Where(c => c.Direction != CriterionDirection.ClosestToTargetIsBest),
        RatingScaleScoring.Rule => Generators.RatingScale,
        TargetRangeScoring.Rule => Generators.TargetRange,
        _ => Generators.Direct,
    };

    [Theory]
    [MemberData(nameof(MonotoneRules))]
    public void Score_IsMonotoneInActualForDirection(string rule)
    {
        Prop.ForAll(
            Generators.CriterionWithTwoActuals(For(rule)).ToArbitrary(),
            t =>
            {
                decimal low = Generators.Score(t.Criterion, t.A);
                decimal high = Generators.Score(t.Criterion, t.B);
                bool ok = t.Criterion.Direction == CriterionDirection.LowerIsBetter ? low >= high : low <= high;
                return ok.Label($"{t.Criterion.Direction}: score({t.A}) = {low}, score({t.B}) = {high}");
            }).QuickCheckThrowOnFailure();
    }

    [Property(MaxTest = 300)]
    public Property TargetRange_ScoreFallsWithDistanceFromRange() =>
        Prop.ForAll(
            Generators.CriterionWithTwoActuals(Generators.TargetRange).ToArbitrary(),
            t =>
            {
                var m = (TargetRangeScoring)t.Criterion.Scoring;
                decimal Distance(decimal a) => a < m.Low ? m.Low - a : a > m.High ? a - m.High : 0m;
                decimal sa = Generators.Score(t.Criterion, t.A);
                decimal sb = Generators.Score(t.Criterion, t.B);
                bool ok = Distance(t.A) <= Distance(t.B) ? sa >= sb : sa <= sb;
                return ok.Label($"score({t.A}) = {sa}, score({t.B}) = {sb}");
            });

    [Property(MaxTest = 300)]
    public Property Binary_ClosestToTarget_MetExactlyWithinTolerance() =>
        Prop.ForAll(
            Generators.CriterionWithTwoActuals(Generators.Binary.Where(c => c.Direction == CriterionDirection.ClosestToTargetIsBest)).ToArbitrary(),
            t =>
            {
                var m = (BinaryScoring)t.Criterion.Scoring;
                bool met = Math.Abs(t.A - m.Target) <= m.Tolerance;
                return (Generators.Score(t.Criterion, t.A) == (met ? m.MetScore : m.NotMetScore)).Label($"actual {t.A}");
            });

    [Property(MaxTest = 500)]
    public Property Score_StaysWithinRuleFloorAndCap() =>
        Prop.ForAll(
            Generators.CriterionWithTwoActuals(Generators.AnyCriterion).ToArbitrary(),
            t =>
            {
                ScoreRange range = Generators.Range(t.Criterion);
                decimal score = Generators.Score(t.Criterion, t.A);
                return range.Contains(score).Label($"{t.Criterion.Scoring.RuleName}: score({t.A}) = {score} outside {range}");
            });

    [Property(MaxTest = 200)]
    public Property Linear_HitsFloorHundredAndCapAtItsReferenceValues() =>
        Prop.ForAll(
            Generators.Linear.ToArbitrary(),
            c =>
            {
                var m = (LinearScoring)c.Scoring;
                bool floor = Generators.Score(c, m.Threshold) == (m.Floor ?? 0m);
                bool target = Generators.Score(c, m.Target) == 100m;
                bool stretch = m.Stretch is not { } s || Generators.Score(c, s) == m.Cap;
                return (floor && target && stretch).Label($"floor {floor}, target {target}, stretch {stretch}");
            });
}
