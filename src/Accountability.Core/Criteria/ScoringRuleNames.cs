namespace Accountability.Criteria;

/// <summary>The names under which the built-in scoring rules are registered.</summary>
public static class ScoringRuleNames
{
    /// <summary>Linear between threshold (floor), target (100) and stretch (cap). See <see cref="ScoringMethod.Linear"/>.</summary>
    public const string Linear = "linear";

    /// <summary>Actual ÷ target × 100 with floor and cap. See <see cref="ScoringMethod.RatioToTarget"/>.</summary>
    public const string RatioToTarget = "ratio-to-target";

    /// <summary>A banded step table. See <see cref="ScoringMethod.Banded"/>.</summary>
    public const string Banded = "banded";

    /// <summary>Met or not met. See <see cref="ScoringMethod.Binary"/>.</summary>
    public const string Binary = "binary";

    /// <summary>A rating scale mapped to scores. See <see cref="ScoringMethod.RatingScale"/>.</summary>
    public const string RatingScale = "rating-scale";

    /// <summary>Full score inside a range, falling off outside it. See <see cref="ScoringMethod.TargetRange"/>.</summary>
    public const string TargetRange = "target-range";

    /// <summary>The actual value is already a score. See <see cref="ScoringMethod.Direct"/>.</summary>
    public const string Direct = "direct";
}
