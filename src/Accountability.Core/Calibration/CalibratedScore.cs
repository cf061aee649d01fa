using System.Globalization;

namespace Accountability.Calibration;

/// <summary>One subject's score from a calibration session: the mean of their ratings as given and after calibration.</summary>
/// <remarks>Means are rounded to 12 places. Immutable and thread-safe.</remarks>
public sealed class CalibratedScore
{
    internal CalibratedScore(PartyId subject, int ratingCount, decimal originalMean, decimal calibratedMean)
    {
        Subject = subject;
        RatingCount = ratingCount;
        OriginalMean = originalMean;
        CalibratedMean = calibratedMean;
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>How many ratings the subject received.</summary>
    public int RatingCount { get; }

    /// <summary>The mean of the ratings as given.</summary>
    public decimal OriginalMean { get; }

    /// <summary>The mean of the calibrated ratings (the given ones where nothing was adjusted).</summary>
    public decimal CalibratedMean { get; }

    /// <summary>The change calibration made: <see cref="CalibratedMean"/> − <see cref="OriginalMean"/>.</summary>
    public decimal Change => CalibratedMean - OriginalMean;

    /// <summary>Returns the subject's means.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Subject}: {Rounding.Format(OriginalMean, 2)} → {Rounding.Format(CalibratedMean, 2)} from {RatingCount} ratings");
}
