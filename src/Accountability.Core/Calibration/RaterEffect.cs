using System.Globalization;

namespace Accountability.Calibration;

/// <summary>
/// One rater's effect in a calibration session: leniency or severity (their mean against the population's), central
/// tendency (a narrow spread), and whether and how much their ratings were adjusted.
/// </summary>
/// <remarks>Every figure is rounded to 12 decimal places (see <see cref="Statistics"/>). Immutable and thread-safe.</remarks>
public sealed class RaterEffect
{
    internal RaterEffect(PartyId rater, int ratingCount, decimal meanFull, decimal standardDeviationFull, decimal populationMean, RaterTendency tendency, bool centralTendency, decimal? meanAdjustment, string? notAdjustedReason)
    {
        Rater = rater;
        RatingCount = ratingCount;
        MeanFull = meanFull;
        StandardDeviationFull = standardDeviationFull;
        Mean = CalibrationMath.Grid(meanFull);
        StandardDeviation = CalibrationMath.Grid(standardDeviationFull);
        MeanDifference = CalibrationMath.Grid(meanFull - populationMean);
        Tendency = tendency;
        CentralTendency = centralTendency;
        IsAdjusted = meanAdjustment is not null;
        MeanAdjustment = meanAdjustment ?? 0m;
        NotAdjustedReason = notAdjustedReason;
    }

    /// <summary>The rater.</summary>
    public PartyId Rater { get; }

    /// <summary>How many ratings the rater gave.</summary>
    public int RatingCount { get; }

    /// <summary>The mean of the rater's ratings.</summary>
    public decimal Mean { get; }

    /// <summary>The population standard deviation (STDEV.P) of the rater's ratings: the spread standardisation divides by.</summary>
    public decimal StandardDeviation { get; }

    /// <summary>The rater's mean minus the population's mean: above zero for a lenient rater, below for a severe one.</summary>
    public decimal MeanDifference { get; }

    /// <summary>Lenient, severe, neutral, or not assessed.</summary>
    public RaterTendency Tendency { get; }

    /// <summary>Whether the rater's spread is at most <see cref="CalibrationOptions.CentralTendencyRatio"/> of the population's (always <see langword="false"/> when not assessed).</summary>
    public bool CentralTendency { get; }

    /// <summary>Whether the rater's ratings were normalised.</summary>
    public bool IsAdjusted { get; }

    /// <summary>The mean change normalisation made to the rater's ratings (adjusted − given), rounded to 12 places; 0 when not adjusted.</summary>
    public decimal MeanAdjustment { get; }

    /// <summary>Why the rater's ratings were kept as given, when normalisation was asked for and could not standardise them; otherwise <see langword="null"/>.</summary>
    public string? NotAdjustedReason { get; }

    internal decimal MeanFull { get; }

    internal decimal StandardDeviationFull { get; }

    /// <summary>Returns the rater's figures in one line.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
    {
        string tendency = Tendency switch
        {
            RaterTendency.Lenient => "lenient",
            RaterTendency.Severe => "severe",
            RaterTendency.Neutral => "neutral",
            _ => "not assessed",
        };
        string central = CentralTendency ? ", central tendency" : string.Empty;
        string adjusted = IsAdjusted
            ? string.Create(CultureInfo.InvariantCulture, $"; adjusted by {Rounding.Format(MeanAdjustment, 2)} on average")
            : NotAdjustedReason is null ? string.Empty : "; not adjusted: " + NotAdjustedReason;
        return string.Create(CultureInfo.InvariantCulture, $"{Rater}: {RatingCount} ratings, mean {Rounding.Format(Mean, 2)} ({(MeanDifference >= 0 ? "+" : string.Empty)}{Rounding.Format(MeanDifference, 2)} against the population), spread {Rounding.Format(StandardDeviation, 2)} — {tendency}{central}{adjusted}");
    }
}
