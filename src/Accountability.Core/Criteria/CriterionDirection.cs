namespace Accountability.Criteria;

/// <summary>Which way a criterion's actual value is better.</summary>
public enum CriterionDirection
{
    /// <summary>More is better (sales amount, new accounts).</summary>
    HigherIsBetter = 0,

    /// <summary>Less is better (days sales outstanding, complaints).</summary>
    LowerIsBetter = 1,

    /// <summary>Closest to a target, or inside a target range, is best (stock cover, visit frequency).</summary>
    ClosestToTargetIsBest = 2,
}
