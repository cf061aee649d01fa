using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>
/// Turns a criterion's actual value into a score. The library's built-in rules implement it, and
/// integrators implement it to plug in their own, registered by <see cref="Name"/> in a
/// <see cref="ScoringRuleRegistry"/> (directly, or through <c>services.AddAccountability(b =&gt; b.AddScoringRule&lt;T&gt;())</c>).
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and deterministic: the same context gives the same score.
/// A rule reads its reference values from <see cref="ScoringContext.Criterion"/>'s
/// <see cref="PerformanceCriterion.Scoring"/>. An exception thrown by <see cref="Score"/>, or a score
/// outside <see cref="GetRange"/>, is reported as an <see cref="AccountabilityException"/> naming the
/// rule and the criterion; it is never swallowed or turned into a low score.
/// </remarks>
public interface IScoringRule
{
    /// <summary>The name the rule is registered under, such as <c>call-plan-curve</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Checks that <paramref name="criterion"/>'s direction and reference values suit this rule.
    /// Called once, when a scorecard is built. Paths are relative to the criterion, such as <c>scoring.target</c>.
    /// </summary>
    /// <param name="criterion">The criterion to check.</param>
    /// <returns>Every problem found; empty when the criterion can be scored by this rule.</returns>
    IEnumerable<Problem> Validate(PerformanceCriterion criterion);

    /// <summary>The lowest and highest score this rule can give <paramref name="criterion"/>. Called once, after a successful <see cref="Validate"/>.</summary>
    /// <param name="criterion">A criterion that passed <see cref="Validate"/>.</param>
    /// <returns>The range every score must fall in.</returns>
    ScoreRange GetRange(PerformanceCriterion criterion);

    /// <summary>Scores one actual value.</summary>
    /// <param name="context">The criterion, the actual value and the subject.</param>
    /// <returns>The score, within <see cref="GetRange"/>.</returns>
    decimal Score(in ScoringContext context);
}
