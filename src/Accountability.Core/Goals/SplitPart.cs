using System.Globalization;

namespace Accountability.Goals;

/// <summary>
/// One part of a target split: its weight (an explicit weight, a baseline such as last year's actual, or 1 for equal
/// shares) and, optionally, the least and most it may receive, or a locked value it receives whatever the weights.
/// </summary>
/// <remarks>Immutable and thread-safe. Values are checked against the target's unit when the split is made.</remarks>
public sealed class SplitPart
{
    // Bounds and locks are rare: kept apart, so that a plain weight (one per rep of a large split) stays small.
    private readonly Limits? _limits;

    private SplitPart(decimal weight, decimal? minimum, decimal? maximum, decimal? locked)
    {
        Weight = weight;
        _limits = minimum is null && maximum is null && locked is null ? null : new Limits(minimum, maximum, locked);
    }

    /// <summary>Gets a part with weight 1, for equal shares.</summary>
    public static SplitPart Equal { get; } = new(1m, null, null, null);

    /// <summary>Gets the weight (only ratios between weights matter).</summary>
    public decimal Weight { get; }

    /// <summary>Gets the least this part receives, or <see langword="null"/> for none.</summary>
    public decimal? Minimum => _limits?.Minimum;

    /// <summary>Gets the most this part receives, or <see langword="null"/> for no limit.</summary>
    public decimal? Maximum => _limits?.Maximum;

    /// <summary>Gets the value this part receives whatever the weights, or <see langword="null"/> when not locked.</summary>
    public decimal? Locked => _limits?.Locked;

    /// <summary>Tells whether the part is a weight alone: no minimum, maximum or lock.</summary>
    internal bool IsBareWeight => _limits is null;

    /// <summary>Creates a part with a weight (an explicit weight or a baseline such as last year's actual).</summary>
    /// <param name="weight">The weight; negative weights are reported when splitting.</param>
    /// <returns>The part.</returns>
    public static SplitPart Weighted(decimal weight) => new(weight, null, null, null);

    /// <summary>Creates a part locked at a value; the rest of the total is spread over the other parts.</summary>
    /// <param name="value">The value this part receives.</param>
    /// <returns>The part.</returns>
    public static SplitPart LockedAt(decimal value) => new(0m, null, null, value);

    /// <summary>Returns a copy with a minimum.</summary>
    /// <param name="minimum">The least this part receives.</param>
    /// <returns>The part.</returns>
    public SplitPart WithMinimum(decimal? minimum) => new(Weight, minimum, Maximum, Locked);

    /// <summary>Returns a copy with a maximum.</summary>
    /// <param name="maximum">The most this part receives.</param>
    /// <returns>The part.</returns>
    public SplitPart WithMaximum(decimal? maximum) => new(Weight, Minimum, maximum, Locked);

    /// <summary>Describes the part.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Locked is decimal locked
        ? string.Create(CultureInfo.InvariantCulture, $"locked at {locked}")
        : string.Create(CultureInfo.InvariantCulture, $"weight {Weight}{(Minimum is null ? string.Empty : $", min {Minimum}")}{(Maximum is null ? string.Empty : $", max {Maximum}")}");

    private sealed record Limits(decimal? Minimum, decimal? Maximum, decimal? Locked);
}
