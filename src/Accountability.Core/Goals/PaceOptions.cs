namespace Accountability.Goals;

/// <summary>
/// How pace is measured: how the target is expected to accrue over the period (straight line, or a seasonality
/// profile; optionally over working days only) and the thresholds for on track / at risk / off track.
/// </summary>
/// <remarks>Immutable once built and thread-safe. <see cref="Default"/>: straight line over calendar days, on track at 95 % of expected, off track below 85 %.</remarks>
public sealed class PaceOptions
{
    /// <summary>Gets the default options.</summary>
    public static PaceOptions Default { get; } = new();

    /// <summary>Gets the seasonality profile the target accrues by (one percentage per month of the goal's period), or <see langword="null"/> for a straight line.</summary>
    public SeasonalityProfile? Profile { get; init; }

    /// <summary>Gets the working-day calendar; when set only working days accrue, otherwise every day does.</summary>
    public WorkingCalendar? Calendar { get; init; }

    /// <summary>Gets the pace ratio (actual ÷ expected) at or above which a goal is on track; 0.95 by default.</summary>
    public decimal OnTrackAtLeast { get; init; } = 0.95m;

    /// <summary>Gets the pace ratio below which a goal is off track; 0.85 by default. Between the two it is at risk.</summary>
    public decimal OffTrackBelow { get; init; } = 0.85m;
}
