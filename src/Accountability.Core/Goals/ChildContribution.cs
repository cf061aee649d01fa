namespace Accountability.Goals;

/// <summary>How much one child adds to its parent's attainment.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChildContribution
{
    internal ChildContribution(GoalId child, decimal actual, decimal? targetShare, decimal? contribution)
    {
        Child = child;
        Actual = actual;
        TargetShare = targetShare;
        Contribution = contribution;
    }

    /// <summary>Gets the child goal.</summary>
    public GoalId Child { get; }

    /// <summary>Gets the child's actual.</summary>
    public decimal Actual { get; }

    /// <summary>
    /// Gets the child's weight in the parent: its target as a fraction of the parent's target for summed units, or
    /// its measure as a fraction of the parent's measure for rates; <see langword="null"/> when the parent's is zero.
    /// </summary>
    public decimal? TargetShare { get; }

    /// <summary>
    /// Gets the child's contribution to the parent's attainment, as a fraction of the parent's target (the
    /// contributions of all children add up to the parent's attainment); <see langword="null"/> when the parent's
    /// target is zero.
    /// </summary>
    public decimal? Contribution { get; }
}
