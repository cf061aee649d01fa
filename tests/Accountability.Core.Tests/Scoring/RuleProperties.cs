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
        [ScoringRuleNames.Linear],
        [ScoringRuleNames.RatioToTarget],
        [ScoringRuleNames.Banded],
        [ScoringRuleNames.Binary],
        [ScoringRuleNames.RatingScale],
        [ScoringRuleNames.Direct],
    ];

    private static Gen<PerformanceCriterion> For(string rule) => rule switch
    {
        ScoringRuleNames.Linear => Generators.Linear,
        ScoringRuleNames.RatioToTarget => Generators.Ratio,
        ScoringRuleNames.Banded => Generators.Banded,
        ScoringRuleNames.Binary => Generators.Binary.Where(c => c.Direction != CriterionDirection.ClosestToTargetIsBest),
        ScoringRuleNames.RatingScale => Generators.RatingScale,
        ScoringRuleNames.TargetRange => Generators.TargetRange,
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
                ScoringMethod m = t.Criterion.Scoring;
                decimal Distance(decimal a) => a < m.RangeLow ? m.RangeLow.Value - a : a > m.RangeHigh ? a - m.RangeHigh.Value : 0m;
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
                ScoringMethod m = t.Criterion.Scoring;
                bool met = Math.Abs(t.A - m.Target!.Value) <= m.Tolerance;
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
                ScoringMethod m = c.Scoring;
                bool floor = Generators.Score(c, m.Threshold!.Value) == (m.Floor ?? 0m);
                bool target = Generators.Score(c, m.Target!.Value) == 100m;
                bool stretch = m.Stretch is not { } s || Generators.Score(c, s) == m.Cap;
                return (floor && target && stretch).Label($"floor {floor}, target {target}, stretch {stretch}");
            });
}
