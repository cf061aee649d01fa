using System.Globalization;

namespace Accountability.Calibration;

/// <summary>One rater group's part in a subject's <see cref="MultiRaterScore"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RaterGroupScore
{
    private readonly Rating[] _ratings;

    internal RaterGroupScore(RaterGroup group, int ratingCount, decimal weight, decimal effectiveWeight, decimal? mean, bool revealed, bool pooled, Rating[] ratings, string note)
    {
        Group = group;
        RatingCount = ratingCount;
        Weight = weight;
        EffectiveWeight = effectiveWeight;
        Mean = mean;
        Revealed = revealed;
        Pooled = pooled;
        _ratings = ratings;
        Note = note;
    }

    /// <summary>The group.</summary>
    public RaterGroup Group { get; }

    /// <summary>How many ratings the group gave.</summary>
    public int RatingCount { get; }

    /// <summary>The group's weight under the policy.</summary>
    public decimal Weight { get; }

    /// <summary>The share of the subject's figure the group carries (its weight ÷ the included weights), rounded to 12 places; 0 when not counted on its own.</summary>
    public decimal EffectiveWeight { get; }

    /// <summary>The mean of the group's ratings, rounded to 12 places; <see langword="null"/> when the group is below its anonymity minimum (never shown).</summary>
    public decimal? Mean { get; }

    /// <summary>Whether the group has at least its anonymity minimum, so its mean and ratings may be shown.</summary>
    public bool Revealed { get; }

    /// <summary>Whether the group was below its minimum and pooled with the other such groups (<see cref="AnonymityFallback.Pool"/>).</summary>
    public bool Pooled { get; }

    /// <summary>Whether the group counts in the subject's figure on its own.</summary>
    public bool Counted => EffectiveWeight > 0m;

    /// <summary>The group's ratings; empty when not <see cref="Revealed"/>.</summary>
    public IReadOnlyList<Rating> Ratings => _ratings;

    /// <summary>How the group was treated, in one sentence.</summary>
    public string Note { get; }

    /// <summary>Returns the group's figures.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Group}: {RatingCount} rating{(RatingCount == 1 ? string.Empty : "s")}{(Mean is { } m ? ", mean " + Rounding.Format(m, 2) : string.Empty)}, weight {Weight} ({Rounding.Format(EffectiveWeight * 100m, 1)} % of the figure) — {Note}");
}
