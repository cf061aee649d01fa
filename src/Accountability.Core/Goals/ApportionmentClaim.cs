using System.Globalization;

namespace Accountability.Goals;

/// <summary>
/// One part's claim in an apportionment: its weight and, optionally, the fewest and the most units it may
/// receive. A locked claim receives exactly its locked number of units, whatever the weights.
/// </summary>
/// <remarks>
/// An immutable, thread-safe value. <c>default(ApportionmentClaim)</c> is a claim with weight zero and no bounds,
/// which receives nothing.
/// </remarks>
public readonly struct ApportionmentClaim : IEquatable<ApportionmentClaim>
{
    private ApportionmentClaim(decimal weight, long minimum, long? maximum)
    {
        Weight = weight;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the weight (any non-negative number; only ratios between weights matter).</summary>
    public decimal Weight { get; }

    /// <summary>Gets the fewest units this part receives (zero when not set).</summary>
    public long Minimum { get; }

    /// <summary>Gets the most units this part receives, or <see langword="null"/> for no limit.</summary>
    public long? Maximum { get; }

    /// <summary>Tells whether the claim is locked: its minimum equals its maximum.</summary>
    public bool IsLocked => Maximum == Minimum;

    /// <summary>Creates a claim with a weight and no bounds.</summary>
    /// <param name="weight">The weight; validated when apportioning (negative weights are reported there).</param>
    /// <returns>The claim.</returns>
    public static ApportionmentClaim Weighted(decimal weight) => new(weight, 0, null);

    /// <summary>Creates a locked claim that receives exactly <paramref name="units"/>.</summary>
    /// <param name="units">The units this part receives.</param>
    /// <returns>The claim.</returns>
    public static ApportionmentClaim Locked(long units) => new(0m, units, units);

    /// <summary>Returns a copy with the given minimum.</summary>
    /// <param name="minimum">The fewest units this part receives; validated when apportioning.</param>
    /// <returns>The new claim.</returns>
    public ApportionmentClaim WithMinimum(long minimum) => new(Weight, minimum, Maximum);

    /// <summary>Returns a copy with the given maximum.</summary>
    /// <param name="maximum">The most units this part receives, or <see langword="null"/> for no limit; validated when apportioning.</param>
    /// <returns>The new claim.</returns>
    public ApportionmentClaim WithMaximum(long? maximum) => new(Weight, Minimum, maximum);

    /// <inheritdoc/>
    public bool Equals(ApportionmentClaim other) => Weight == other.Weight && Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ApportionmentClaim other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Weight, Minimum, Maximum);

    /// <summary>Compares two claims for equality.</summary>
    /// <param name="left">The first claim.</param>
    /// <param name="right">The second claim.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ApportionmentClaim left, ApportionmentClaim right) => left.Equals(right);

    /// <summary>Compares two claims for inequality.</summary>
    /// <param name="left">The first claim.</param>
    /// <param name="right">The second claim.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ApportionmentClaim left, ApportionmentClaim right) => !left.Equals(right);

    /// <summary>Describes the claim, e.g. <c>weight 3 [1..5]</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        string bounds = Minimum == 0 && Maximum is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" [{Minimum}..{(Maximum is long max ? max.ToString(CultureInfo.InvariantCulture) : string.Empty)}]");
        return IsLocked
            ? string.Create(CultureInfo.InvariantCulture, $"locked {Minimum}")
            : string.Create(CultureInfo.InvariantCulture, $"weight {Weight}{bounds}");
    }
}
