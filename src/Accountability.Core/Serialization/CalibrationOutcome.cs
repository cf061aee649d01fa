using Accountability.Calibration;

namespace Accountability.Serialization;

/// <summary>
/// What a calibration document holds: the results of one calibration meeting that a report or a later cycle reads — the
/// calibrated session, the forced distribution and a comparison of bands against a guideline, each when there is one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CalibrationOutcome
{
    /// <summary>Gathers a meeting's results; at least one is required.</summary>
    /// <param name="calibration">The calibrated ratings, if the meeting calibrated raters.</param>
    /// <param name="distribution">The bands assigned by rank against a guideline, if any.</param>
    /// <param name="comparison">Bands given by people compared with a guideline, if any.</param>
    /// <exception cref="ArgumentException">Every result is null.</exception>
    public CalibrationOutcome(CalibrationResult? calibration = null, ForcedDistribution? distribution = null, DistributionComparison? comparison = null)
    {
        if (calibration is null && distribution is null && comparison is null)
        {
            throw new ArgumentException("A calibration outcome needs at least one result.", nameof(calibration));
        }

        Calibration = calibration;
        Distribution = distribution;
        Comparison = comparison;
    }

    /// <summary>The calibrated session: every rater's effect, every adjusted rating and each subject's calibrated score; <see langword="null"/> when not part of the meeting.</summary>
    public CalibrationResult? Calibration { get; }

    /// <summary>The forced distribution: every subject's band by rank and the ties that forced a deviation; <see langword="null"/> when not part of the meeting.</summary>
    public ForcedDistribution? Distribution { get; }

    /// <summary>A spread over bands compared with a guideline; <see langword="null"/> when not part of the meeting.</summary>
    public DistributionComparison? Comparison { get; }
}
