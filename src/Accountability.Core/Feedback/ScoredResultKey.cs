using System.Globalization;
using Accountability.Responsibility;
using NodaTime;

namespace Accountability.Feedback;

/// <summary>
/// Points at a scored result kept elsewhere: a scorecard, a subject and a period, and optionally one criterion of it.
/// Feedback, acknowledgments and appeals refer to results this way, by identifiers, never by object.
/// </summary>
/// <remarks>Immutable and thread-safe; compared by value. The period's start and end are both included.</remarks>
public sealed class ScoredResultKey : IEquatable<ScoredResultKey>
{
    /// <summary>Points at a scored result, or at one criterion of it.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="subject">The subject scored.</param>
    /// <param name="period">The period scored, both ends included.</param>
    /// <param name="criterion">The criterion, or <see langword="null"/> for the result as a whole.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is default.</exception>
    public ScoredResultKey(ScorecardId scorecard, PartyId subject, DateInterval period, CriterionId? criterion = null)
    {
        Identifier.ThrowIfDefault(scorecard, "The scorecard cannot be default.", nameof(scorecard));
        Identifier.ThrowIfDefault(subject, "The subject cannot be default.", nameof(subject));
        ArgumentNullException.ThrowIfNull(period);
        if (criterion is CriterionId c && c.IsDefault)
        {
            throw new ArgumentException("The criterion, when given, cannot be default.", nameof(criterion));
        }

        Scorecard = scorecard;
        Subject = subject;
        Period = period;
        Criterion = criterion;
    }

    /// <summary>The scorecard.</summary>
    public ScorecardId Scorecard { get; }

    /// <summary>The subject scored.</summary>
    public PartyId Subject { get; }

    /// <summary>The period scored, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>The criterion; <see langword="null"/> for the result as a whole.</summary>
    public CriterionId? Criterion { get; }

    /// <summary>The key of the whole result this key belongs to (itself when it names no criterion).</summary>
    /// <returns>The key without a criterion.</returns>
    public ScoredResultKey WholeResult() => Criterion is null ? this : new ScoredResultKey(Scorecard, Subject, Period);

    /// <summary>The same result, narrowed to one criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The key of the criterion result.</returns>
    /// <exception cref="ArgumentException"><paramref name="criterion"/> is default.</exception>
    public ScoredResultKey ForCriterion(CriterionId criterion) => new(Scorecard, Subject, Period, criterion);

    /// <inheritdoc/>
    public bool Equals(ScoredResultKey? other) =>
        other is not null && Scorecard == other.Scorecard && Subject == other.Subject && Period.Equals(other.Period) && Criterion == other.Criterion;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoredResultKey);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scorecard, Subject, Period, Criterion);

    /// <summary>Returns <c>scorecard/subject/start..end[/criterion]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scorecard}/{Subject}/{Tenure.Iso(Period.Start)}..{Tenure.Iso(Period.End)}{(Criterion is CriterionId c ? "/" + c.Value : string.Empty)}");
}
