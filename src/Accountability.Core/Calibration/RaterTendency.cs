namespace Accountability.Calibration;

/// <summary>Where a rater's mean lies against the population's (see <see cref="CalibrationOptions.LeniencyThreshold"/>).</summary>
public enum RaterTendency
{
    /// <summary>The rater gave fewer ratings than <see cref="CalibrationOptions.MinimumRatingsPerRater"/>, or the population has no spread: not assessed.</summary>
    NotAssessed,

    /// <summary>The rater's mean is within the threshold of the population's.</summary>
    Neutral,

    /// <summary>The rater's mean is at least the threshold above the population's: the rater rates leniently.</summary>
    Lenient,

    /// <summary>The rater's mean is at least the threshold below the population's: the rater rates severely.</summary>
    Severe,
}
