using Accountability;
using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Samples;

/// <summary>
/// The sample's own scoring rule, as an integrator would write it: attainment (actual ÷ target × 100)
/// up to the target, and above it each extra percent counts <c>accelerator</c> times, up to <c>cap</c>
/// — the accelerator common in pharmaceutical incentive plans. The rule reads its parameters once, typed,
/// when it is bound to a criterion, and returns a scorer for that criterion.
/// </summary>
internal sealed class AcceleratedAttainmentRule : IScoringRule
{
    public string Name => "accelerated-attainment";

    public CriterionScorer? Bind(ScoringRuleBindContext context)
    {
        ReferenceSlot target = context.Reference("target");
        decimal accelerator = context.Require("accelerator");
        decimal cap = context.Require("cap");
        foreach ((string name, decimal value) in new[] { ("accelerator", accelerator), ("cap", cap) })
        {
            if (value <= 0m)
            {
                context.Error(ScoringRuleBindContext.ValuePath(name), ScoringProblemCodes.ValueOutOfRange, $"The '{Name}' rule needs a positive {name}.");
            }
        }

        if (context.TryGetValue("target", out decimal t) && t <= 0m)
        {
            context.Error(ScoringRuleBindContext.ValuePath("target"), ScoringProblemCodes.ValueOutOfRange, $"The '{Name}' rule needs a positive target.");
        }

        if (context.Direction != CriterionDirection.HigherIsBetter)
        {
            context.Error("direction", ScoringProblemCodes.DirectionNotSupported, $"The '{Name}' rule scores higher-is-better criteria only.");
        }

        return context.HasErrors ? null : new Scorer(target, accelerator, cap);
    }

    private sealed class Scorer(ReferenceSlot target, decimal accelerator, decimal cap) : CriterionScorer(new ScoreRange(0m, cap))
    {
        public override decimal Score(in ScoringContext context)
        {
            decimal attainment = Math.Max(0m, context.Actual * 100m / context.Reference(target));
            decimal score = attainment <= 100m ? attainment : 100m + ((attainment - 100m) * accelerator);
            return Math.Min(score, cap);
        }
    }
}
