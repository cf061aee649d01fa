using System.Globalization;

namespace Accountability.Calibration;

/// <summary>
/// One rating changed by normalisation: who gave it, who it was for, why and by how much. The rater's rating is
/// standardised on the rater's own mean and spread (<see cref="ZScore"/>), then mapped back to the scale on the
/// population's mean and spread, and kept within the scale.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RatingAdjustment
{
    internal RatingAdjustment(Rating rating, RaterEffect rater, decimal zScore, decimal adjustedValue, bool clamped, decimal populationMean, decimal populationStandardDeviation)
    {
        Rating = rating;
        RaterEffect = rater;
        ZScore = zScore;
        AdjustedValue = adjustedValue;
        Clamped = clamped;
        PopulationMean = populationMean;
        PopulationStandardDeviation = populationStandardDeviation;
    }

    /// <summary>The rating as given.</summary>
    public Rating Rating { get; }

    /// <summary>The rater's figures (the reason for the adjustment).</summary>
    public RaterEffect RaterEffect { get; }

    /// <summary>The rating standardised on the rater's own ratings: <c>(value − rater mean) ÷ rater spread</c>, rounded to 12 places.</summary>
    public decimal ZScore { get; }

    /// <summary>The adjusted rating: <c>population mean + z × population spread</c>, kept within the scale, rounded to 12 places.</summary>
    public decimal AdjustedValue { get; }

    /// <summary>The change: <see cref="AdjustedValue"/> − the given value.</summary>
    public decimal Change => AdjustedValue - Rating.Value;

    /// <summary>Whether the mapped value fell outside the scale and was set to the scale's nearest end.</summary>
    public bool Clamped { get; }

    private decimal PopulationMean { get; }

    private decimal PopulationStandardDeviation { get; }

    /// <summary>Explains the adjustment in one sentence: who, why, and by how much.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        string why = RaterEffect.Tendency switch
        {
            RaterTendency.Lenient => "rates leniently",
            RaterTendency.Severe => "rates severely",
            _ => "is calibrated like every rater",
        };
        string clamped = Clamped ? ", kept within the scale" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Rating.Rater}'s rating of {Rating.Subject} went from {Rating.Value} to {Rounding.Format(AdjustedValue, 2)} ({(Change >= 0 ? "+" : string.Empty)}{Rounding.Format(Change, 2)}): {Rating.Rater} {why} (mean {Rounding.Format(RaterEffect.Mean, 2)}, spread {Rounding.Format(RaterEffect.StandardDeviation, 2)}), so the rating is {Rounding.Format(ZScore, 2)} of the rater's spreads from the rater's mean, which on the population (mean {Rounding.Format(PopulationMean, 2)}, spread {Rounding.Format(PopulationStandardDeviation, 2)}) is {Rounding.Format(AdjustedValue, 2)}{clamped}.");
    }

    /// <summary>Returns <see cref="Explain"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain();
}
