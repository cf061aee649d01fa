namespace Accountability.Scoring;

/// <summary>What a triggered gate does.</summary>
public enum GateEffect
{
    /// <summary>The overall score is capped at <see cref="ScorecardGate.Cap"/>.</summary>
    CapScore = 0,

    /// <summary>The rating band is forced to <see cref="ScorecardGate.BandName"/> (the overall score is kept).</summary>
    ForceBand = 1,
}
