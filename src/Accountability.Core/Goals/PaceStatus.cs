namespace Accountability.Goals;

/// <summary>Whether a goal is keeping pace with its target on a date.</summary>
public enum PaceStatus
{
    /// <summary>The actual is at or above the on-track share of what was expected by now.</summary>
    OnTrack = 0,

    /// <summary>The actual is below the on-track threshold but at or above the off-track threshold.</summary>
    AtRisk = 1,

    /// <summary>The actual is below the off-track share of what was expected by now.</summary>
    OffTrack = 2,
}
