namespace Accountability.Scoring;

/// <summary>
/// Turns a criterion's actual value into a score. The library's built-in rules implement it, and
/// integrators implement it to plug in their own, registered by <see cref="Name"/> in a
/// <see cref="ScoringRuleRegistry"/> (directly, or through <c>services.AddAccountability(b =&gt; b.AddScoringRule&lt;T&gt;())</c>).
/// </summary>
/// <remarks>
/// <para>
/// A rule is compiled once per criterion: when a scorecard is built, <see cref="Bind"/> receives a
/// <see cref="ScoringRuleBindContext"/> (the criterion, its settings, typed access to its parameters, a place to
/// report problems), checks the settings, reads what it needs once, and returns a <see cref="CriterionScorer"/>
/// for that criterion. Scoring then only calls the scorer. The context is a class, so later versions can give
/// rules more without breaking them.
/// </para>
/// <para>
/// Implementations must be thread-safe and deterministic. Anything a rule or its scorer does wrong — throws any
/// exception (an <see cref="AccountabilityException"/> of its own included), returns no scorer without reporting
/// an error, declares or returns a score out of range — is reported as the rule's fault
/// (<see cref="ScoringProblemCodes.RuleFault"/> or <see cref="ScoringProblemCodes.ScoreOutOfRange"/>) naming the rule
/// and the criterion; it is never swallowed or turned into a low score.
/// </para>
/// </remarks>
public interface IScoringRule
{
    /// <summary>The name the rule is registered under, such as <c>call-plan-curve</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Checks one criterion's settings and compiles them into a scorer. Called once per criterion, when a scorecard
    /// is built. Report problems through <paramref name="context"/> with paths relative to the criterion, such as
    /// <c>scoring.target</c>.
    /// </summary>
    /// <param name="context">The criterion, its settings, its parameters and where to report problems.</param>
    /// <returns>The scorer for the criterion; <see langword="null"/> only after reporting an error.</returns>
    CriterionScorer? Bind(ScoringRuleBindContext context);
}
