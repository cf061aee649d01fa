using Accountability.Calibration;

namespace Accountability.DependencyInjection;

/// <summary>The configurable settings of rating calibration (see <see cref="CalibrationOptions"/>).</summary>
public sealed class CalibrationSettings
{
    /// <summary>The fewest ratings a rater must give to be assessed and standardised; at least 2.</summary>
    public int MinimumRatingsPerRater { get; set; } = CalibrationOptions.Default.MinimumRatingsPerRater;

    /// <summary>How far, in standard deviations, a rater's mean must lie from the population's mean to count as lenient or severe; 0 or more.</summary>
    public decimal LeniencyThreshold { get; set; } = CalibrationOptions.Default.LeniencyThreshold;

    /// <summary>The share of the population's spread at or below which a rater shows central tendency; 0 to 1.</summary>
    public decimal CentralTendencyRatio { get; set; } = CalibrationOptions.Default.CentralTendencyRatio;

    /// <summary>Whether each rater's ratings are standardised and mapped back to the scale.</summary>
    public bool Normalize { get; set; } = CalibrationOptions.Default.Normalize;

    /// <summary>What happens to a rater who cannot be standardised.</summary>
    public UnadjustableRaterHandling UnadjustableRaters { get; set; } = CalibrationOptions.Default.UnadjustableRaters;
}
