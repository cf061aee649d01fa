using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>Everything a <see cref="IScoringRule"/> receives to score one actual value. New members may be added in later versions.</summary>
/// <remarks>An immutable value. <c>default</c> has no criterion and is never passed to a rule.</remarks>
public readonly struct ScoringContext
{
    /// <summary>Creates a context (rules receive contexts from the library; tests of a custom rule can create their own).</summary>
    /// <param name="criterion">The criterion being scored.</param>
    /// <param name="actual">The actual value.</param>
    /// <param name="subject">Who or what is being scored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    public ScoringContext(PerformanceCriterion criterion, decimal actual, PartyId subject)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        Criterion = criterion;
        Actual = actual;
        Subject = subject;
    }

    /// <summary>The criterion being scored, with its direction and reference values.</summary>
    public PerformanceCriterion Criterion { get; }

    /// <summary>The actual value to score.</summary>
    public decimal Actual { get; }

    /// <summary>Who or what is being scored (a person, a team).</summary>
    public PartyId Subject { get; }
}
