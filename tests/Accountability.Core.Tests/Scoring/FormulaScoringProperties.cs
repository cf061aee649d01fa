using Accountability.Criteria;
using Accountability.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Accountability.Tests.Scoring;

public class FormulaScoringProperties
{
    /// <summary>
    /// The built-in ratio rule (higher-is-better, floor 0) is actual × 100 ÷ target kept within 0 and the cap, with any
    /// actual at or below 0 scoring the floor: <c>clamp(actual * 100 / target, 0, cap)</c> is exactly that (multiplying
    /// before dividing, as the built-in does). Actuals and targets in cents, caps whole: the built-in's "compare with
    /// cap × target ÷ 100 first" is then exact, and so is the formula's clamp.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property CappedRatioFormula_EqualsBuiltInRatioToTarget() =>
        Prop.ForAll(
            (from actualCents in Gen.Choose(-100_000_000, 1_000_000_000)
             from targetCents in Gen.Choose(1, 1_000_000_000)
             from cap in Gen.Choose(1, 1000)
             from scale in Gen.Elements(1m, 100m, 10_000m)
             select (Actual: actualCents / 100m * scale, Target: targetCents / 100m, Cap: (decimal)cap)).ToArbitrary(),
            t =>
            {
                Scorecard builtIn = Single(ScoringMethod.RatioToTarget(t.Target, t.Cap));
                Scorecard formula = Single(ScoringMethod.Formula(
                    "clamp(actual * 100 / target, 0, cap)",
                    new Dictionary<string, decimal> { ["target"] = t.Target, ["cap"] = t.Cap },
                    new ScoreRange(0m, t.Cap)));
                Actuals actuals = Actuals.For("rep").Value("kpi", t.Actual).Build();
                decimal? expected = builtIn.ScoreOnly(actuals).Score;
                decimal? actual = formula.ScoreOnly(actuals).Score;
                return (expected == actual && expected!.Value.Scale == actual!.Value.Scale)
                    .Label($"actual {t.Actual}, target {t.Target}, cap {t.Cap}: built-in {expected}, formula {actual}");
            });

    private static Scorecard Single(ScoringMethod scoring) =>
        Scorecard.CreateBuilder("c", "C").Add(new PerformanceCriterion("kpi", "KPI", "", CriterionDirection.HigherIsBetter, scoring), 100m).Build();
}
