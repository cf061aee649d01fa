namespace Accountability.Calibration;

/// <summary>What normalisation does with a rater it cannot standardise (too few ratings, or all ratings equal).</summary>
public enum UnadjustableRaterHandling
{
    /// <summary>The calibration fails with an <see cref="AccountabilityException"/> naming every such rater (the default).</summary>
    Fail,

    /// <summary>The rater's ratings are kept as given, and the result lists the rater and the reason (<see cref="RaterEffect.NotAdjustedReason"/>).</summary>
    LeaveUnadjusted,
}
