namespace Accountability.Calibration;

/// <summary>Why a trend was flagged for early follow-up.</summary>
public enum TrendFlagKind
{
    /// <summary>The measure fell from one period to the next by more than <see cref="TrendFlagRules.DropThreshold"/>.</summary>
    FellSharply,

    /// <summary>The measure stayed below <see cref="TrendFlagRules.FloorBand"/> for at least <see cref="TrendFlagRules.FloorCycles"/> consecutive periods.</summary>
    StayedBelowBand,
}
