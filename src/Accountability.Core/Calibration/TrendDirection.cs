namespace Accountability.Calibration;

/// <summary>Which way a measure moved from its first period to its last.</summary>
public enum TrendDirection
{
    /// <summary>The last value equals the first (or there is one period).</summary>
    Flat,

    /// <summary>The last value is above the first.</summary>
    Rising,

    /// <summary>The last value is below the first.</summary>
    Falling,
}
