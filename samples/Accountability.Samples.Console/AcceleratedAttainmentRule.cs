using Accountability;
using Accountability.Criteria;
using Accountability.Scoring;

namespace Accountability.Samples;

/// <summary>
/// The sample's own scoring rule, as an integrator would write it: attainment (actual ÷ target × 100)
/// up to the target, and above it each extra percent counts <c>accelerator</c> times, up to <c>cap</c>
/// — the accelerator common in pharmaceutical incentive plans.
/// </summary>
internal sealed class AcceleratedAttainmentRule : IScoringRule
{
    public string Name => "accelerated-attainment";

    public IEnumerable<Problem> Validate(PerformanceCriterion criterion)
    {
        IReadOnlyDictionary<string, decimal> values = criterion.Scoring.Values;
        foreach (string name in new[] { "target", "accelerator", "cap" })
        {
            if (!values.TryGetValue(name, out decimal value) || value <= 0m)
            {
                yield return new Problem($"scoring.values[{name}]", "value-required", $"The '{Name}' rule needs a positive {name}.");
            }
        }

        if (criterion.Direction != CriterionDirection.HigherIsBetter)
        {
            yield return new Problem("direction", "direction-not-supported", $"The '{Name}' rule scores higher-is-better criteria only.");
        }
    }

    public ScoreRange GetRange(PerformanceCriterion criterion) => new(0m, criterion.Scoring.Values["cap"]);

    public decimal Score(in ScoringContext context)
    {
        IReadOnlyDictionary<string, decimal> values = context.Criterion.Scoring.Values;
        decimal attainment = Math.Max(0m, context.Actual * 100m / values["target"]);
        decimal score = attainment <= 100m ? attainment : 100m + ((attainment - 100m) * values["accelerator"]);
        return Math.Min(score, values["cap"]);
    }
}
