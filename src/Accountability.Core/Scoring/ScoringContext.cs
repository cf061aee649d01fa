using System.Runtime.CompilerServices;
using Accountability.Criteria;

namespace Accountability.Scoring;

/// <summary>Everything a <see cref="CriterionScorer"/> receives to score one actual value. New members may be added in later versions.</summary>
/// <remarks>An immutable value. <c>default</c> has no criterion and is never passed to a scorer.</remarks>
public readonly struct ScoringContext
{
    private readonly decimal[]? _references;
    private readonly int _offset;
    private readonly int _count;

    /// <summary>Creates a context without reference values (rules receive contexts from the library; tests of a scorer can create their own).</summary>
    /// <param name="criterion">The criterion being scored.</param>
    /// <param name="actual">The actual value.</param>
    /// <param name="subject">Who or what is being scored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    public ScoringContext(PerformanceCriterion criterion, decimal actual, PartyId subject)
        : this(criterion, actual, subject, null, 0, 0)
    {
    }

    // The criterion's reference values are references[offset .. offset + count): the definition's own array, or the
    // subject's row of a table (which holds every slot of the criterion, the subject's own values among them).
    internal ScoringContext(PerformanceCriterion criterion, decimal actual, PartyId subject, decimal[]? references, int offset, int count)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        Criterion = criterion;
        Actual = actual;
        Subject = subject;
        _references = references;
        _offset = offset;
        _count = count;
    }

    /// <summary>The criterion being scored, with its direction and settings.</summary>
    public PerformanceCriterion Criterion { get; }

    /// <summary>The actual value to score.</summary>
    public decimal Actual { get; }

    /// <summary>Who or what is being scored (a person, a team).</summary>
    public PartyId Subject { get; }

    /// <summary>Reads a reference value for the subject being scored: the subject's own when the scorecard declares it per subject, otherwise the criterion's.</summary>
    /// <param name="slot">A slot the rule took when it was bound to this criterion.</param>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The slot does not belong to this criterion's binding, or the context carries no reference values.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Reference(ReferenceSlot slot)
    {
        decimal[]? references = _references;
        int index = slot.Index - 1;
        if (references is null || unchecked((uint)index >= (uint)_count))
        {
            ThrowNoReference(slot);
        }

        return references[_offset + index];
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNoReference(ReferenceSlot slot) =>
        throw new InvalidOperationException($"The reference value '{slot.Name}' was not taken when this criterion was bound.");
}
