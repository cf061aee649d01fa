namespace Accountability.Scoring;

/// <summary>What happened to one criterion in a scorecard result.</summary>
public enum CriterionStatus
{
    /// <summary>The actual value was scored by the criterion's rule.</summary>
    Scored = 0,

    /// <summary>The criterion does not apply to the subject; it was left out and the other weights re-normalised.</summary>
    NotApplicable = 1,

    /// <summary>The value was missing and the policy scored it 0 with its full weight.</summary>
    MissingScoredZero = 2,

    /// <summary>The value was missing and the policy left it out, re-normalising the other weights.</summary>
    MissingExcluded = 3,
}
