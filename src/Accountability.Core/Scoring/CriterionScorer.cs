namespace Accountability.Scoring;

/// <summary>
/// A scoring rule compiled for one criterion by <see cref="IScoringRule.Bind"/>: it holds what it read from the
/// settings and scores actual values. Reference values that may differ per subject (a target, a
/// threshold) are read through <see cref="ScoringContext.Reference"/> with the slots the rule took at bind time.
/// </summary>
/// <remarks>Implementations must be immutable, thread-safe and deterministic.</remarks>
public abstract class CriterionScorer
{
    /// <summary>Creates a scorer.</summary>
    /// <param name="range">The lowest and highest score it can give.</param>
    protected CriterionScorer(ScoreRange range) => Range = range;

    /// <summary>The lowest and highest score this scorer can give; a score outside it is reported as the rule's fault.</summary>
    public ScoreRange Range { get; }

    /// <summary>Scores one actual value.</summary>
    /// <param name="context">The criterion, the actual value, the subject and the reference values.</param>
    /// <returns>The score, within <see cref="Range"/>.</returns>
    public abstract decimal Score(in ScoringContext context);

    /// <summary>
    /// Makes the exception a scorer throws when an actual value lies outside what the rule can score (outside its
    /// steps or scale, say): reported as <see cref="ScoringProblemCodes.ActualOutOfDomain"/> for the subject, not as a
    /// fault of the rule. Any other exception is the rule's fault.
    /// </summary>
    /// <param name="context">The context being scored.</param>
    /// <param name="message">Why the value cannot be scored.</param>
    /// <returns>The exception to throw.</returns>
    protected static Exception NotScorable(in ScoringContext context, string message) => new NotScorableException(message, context.Actual);
}
