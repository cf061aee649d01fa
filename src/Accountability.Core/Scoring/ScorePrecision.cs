namespace Accountability.Scoring;

/// <summary>
/// The precision at which scores are carried. Every rule's score, every weighted contribution and
/// every overall score is held at <see cref="Decimals"/> decimal places, rounded once with
/// <see cref="Rounding.Mode"/> (half away from zero) where a division leaves more. That is far below
/// anything shown, so display rounding (<see cref="Rounding.Format"/>) is the only rounding a reader
/// ever sees, and laws such as "contributions add up exactly to the overall score" hold exactly.
/// </summary>
public static class ScorePrecision
{
    /// <summary>Decimal places at which scores are carried: 12.</summary>
    public const int Decimals = 12;

    /// <summary>
    /// The largest score magnitude a rule may declare: 1,000,000,000,000. With <see cref="Decimals"/> places
    /// that keeps every score, product and sum within the 28 significant digits of <see cref="decimal"/>.
    /// </summary>
    public const decimal MaximumMagnitude = 1_000_000_000_000m;

    internal static decimal Round(decimal score) => score.Scale <= Decimals ? score : decimal.Round(score, Decimals, Rounding.Mode);
}
