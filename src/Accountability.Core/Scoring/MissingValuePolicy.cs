namespace Accountability.Scoring;

/// <summary>What a scorecard does with a value that should be there but is not (distinct from "not applicable").</summary>
public enum MissingValuePolicy
{
    /// <summary>Scoring fails with an <see cref="AccountabilityException"/> listing every missing value. The default.</summary>
    Fail = 0,

    /// <summary>The missing criterion scores 0 and keeps its weight.</summary>
    ScoreZero = 1,

    /// <summary>The missing criterion is left out and the other weights are re-normalised, as for "not applicable".</summary>
    Exclude = 2,
}
