namespace Accountability.Calibration;

/// <summary>How a calibration session assesses and normalises raters.</summary>
/// <remarks>Immutable (init-only) and thread-safe; <c>new CalibrationOptions()</c> holds the defaults.</remarks>
public sealed class CalibrationOptions
{
    /// <summary>The defaults.</summary>
    public static CalibrationOptions Default { get; } = new();

    /// <summary>The fewest ratings a rater must give to be assessed and standardised; at least 2; 3 by default.</summary>
    public int MinimumRatingsPerRater { get; init; } = 3;

    /// <summary>
    /// How far, in population standard deviations, a rater's mean must lie above (below) the population's mean for the
    /// rater to count as lenient (severe); at or above zero; 0.5 by default.
    /// </summary>
    public decimal LeniencyThreshold { get; init; } = 0.5m;

    /// <summary>
    /// A rater whose (population) standard deviation is at most this share of the population's shows central tendency
    /// (rates everyone alike); 0 to 1; 0.5 by default.
    /// </summary>
    public decimal CentralTendencyRatio { get; init; } = 0.5m;

    /// <summary>Whether to normalise: standardise each rater's ratings and map them back to the scale; <see langword="true"/> by default.</summary>
    public bool Normalize { get; init; } = true;

    /// <summary>What to do with a rater who cannot be standardised; <see cref="UnadjustableRaterHandling.Fail"/> by default.</summary>
    public UnadjustableRaterHandling UnadjustableRaters { get; init; } = UnadjustableRaterHandling.Fail;

    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumRatingsPerRater, 2, nameof(MinimumRatingsPerRater));
        ArgumentOutOfRangeException.ThrowIfNegative(LeniencyThreshold, nameof(LeniencyThreshold));
        ArgumentOutOfRangeException.ThrowIfNegative(CentralTendencyRatio, nameof(CentralTendencyRatio));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(CentralTendencyRatio, 1m, nameof(CentralTendencyRatio));
        if (!Enum.IsDefined(UnadjustableRaters))
        {
            throw new ArgumentOutOfRangeException(nameof(UnadjustableRaters), UnadjustableRaters, "Unknown handling of unadjustable raters.");
        }
    }
}
