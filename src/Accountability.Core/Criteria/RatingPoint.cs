namespace Accountability.Criteria;

/// <summary>One point of a rating scale: a rating (such as 4 stars) and the score it maps to.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RatingPoint
{
    /// <summary>Creates a point of a rating scale.</summary>
    /// <param name="rating">The rating, such as 4 on a 1–5 scale.</param>
    /// <param name="score">The score the rating maps to.</param>
    public RatingPoint(decimal rating, decimal score)
    {
        Rating = rating;
        Score = score;
    }

    /// <summary>The rating, such as 4 on a 1–5 scale.</summary>
    public decimal Rating { get; }

    /// <summary>The score the rating maps to.</summary>
    public decimal Score { get; }

    /// <summary>Formats the point as <c>rating → score</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Rating} -> {Score}");
}
