namespace Accountability.Criteria;

/// <summary>
/// How a criterion is scored: the name of a registered scoring rule and the reference values that
/// rule needs (threshold, target, stretch, steps, scale points, …). Plain data: the rule named by
/// <see cref="RuleName"/> reads what it needs and reports missing or contradictory values when a
/// scorecard is built. Use the factory methods for the built-in rules, or
/// <see cref="Custom(string, IReadOnlyDictionary{string, decimal}?)"/> for a rule an integrator registered.
/// </summary>
/// <remarks>
/// Immutable once initialised and thread-safe; collections are copied when set. A value that the
/// named rule does not use is reported as an error when the scorecard is built, never silently ignored.
/// </remarks>
public sealed class ScoringMethod
{
    private static readonly IReadOnlyDictionary<string, decimal> NoValues = new Dictionary<string, decimal>(StringComparer.Ordinal);
    private readonly IReadOnlyList<ScoreStep> _steps = [];
    private readonly IReadOnlyList<RatingPoint> _scale = [];
    private readonly IReadOnlyDictionary<string, decimal> _values = NoValues;

    /// <summary>Creates a scoring method that names a rule; set the reference values it needs with the init properties.</summary>
    /// <param name="ruleName">The name under which the rule is registered, such as <see cref="ScoringRuleNames.Linear"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleName"/> is empty or white space.</exception>
    public ScoringMethod(string ruleName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleName);
        RuleName = ruleName;
    }

    /// <summary>The name of the scoring rule, looked up in a <c>ScoringRuleRegistry</c> when a scorecard is built.</summary>
    public string RuleName { get; }

    /// <summary>The value at or beyond which the criterion scores its floor (linear rule).</summary>
    public decimal? Threshold { get; init; }

    /// <summary>The value that scores 100 (linear, ratio-to-target, binary).</summary>
    public decimal? Target { get; init; }

    /// <summary>The value at or beyond which the criterion scores its cap (linear rule).</summary>
    public decimal? Stretch { get; init; }

    /// <summary>The lowest score the rule gives; rules that use it default it to 0.</summary>
    public decimal? Floor { get; init; }

    /// <summary>The highest score the rule gives (the score at stretch for the linear rule).</summary>
    public decimal? Cap { get; init; }

    /// <summary>The lowest value of the target range (target-range rule), included.</summary>
    public decimal? RangeLow { get; init; }

    /// <summary>The highest value of the target range (target-range rule), included.</summary>
    public decimal? RangeHigh { get; init; }

    /// <summary>Points lost per unit of distance outside the target range (target-range rule).</summary>
    public decimal? Slope { get; init; }

    /// <summary>The score when the criterion is met (binary rule); defaults to 100.</summary>
    public decimal? MetScore { get; init; }

    /// <summary>The score when the criterion is not met (binary rule); defaults to 0.</summary>
    public decimal? NotMetScore { get; init; }

    /// <summary>How far from the target still counts as met, for a closest-to-target binary criterion; defaults to 0.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>Whether a rating between two scale points is interpolated linearly (rating-scale rule); defaults to <see langword="true"/>.</summary>
    public bool? Interpolate { get; init; }

    /// <summary>The banded step table (banded rule).</summary>
    /// <exception cref="ArgumentNullException">Set to null, or containing null.</exception>
    public IReadOnlyList<ScoreStep> Steps
    {
        get => _steps;
        init => _steps = CopyList(value, nameof(Steps));
    }

    /// <summary>The rating scale points (rating-scale rule).</summary>
    /// <exception cref="ArgumentNullException">Set to null, or containing null.</exception>
    public IReadOnlyList<RatingPoint> Scale
    {
        get => _scale;
        init => _scale = CopyList(value, nameof(Scale));
    }

    /// <summary>Named reference values for integrators' rules (built-in rules use none).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyDictionary<string, decimal> Values
    {
        get => _values;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Values));
            _values = new Dictionary<string, decimal>(value, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Linear scoring: the floor (0) at or beyond <paramref name="threshold"/>, 100 at <paramref name="target"/>,
    /// and, when a stretch is given, <paramref name="cap"/> at or beyond <paramref name="stretch"/>, straight
    /// lines in between. For a lower-is-better criterion the values run the other way (threshold above target).
    /// </summary>
    /// <param name="threshold">The value that scores the floor.</param>
    /// <param name="target">The value that scores 100.</param>
    /// <param name="stretch">The value that scores <paramref name="cap"/>; without it the score stops at 100.</param>
    /// <param name="cap">The score at stretch, above 100; required with a stretch.</param>
    /// <param name="floor">The score at or beyond the threshold; defaults to 0.</param>
    /// <returns>The scoring method.</returns>
    public static ScoringMethod Linear(decimal threshold, decimal target, decimal? stretch = null, decimal? cap = null, decimal? floor = null) =>
        new(ScoringRuleNames.Linear) { Threshold = threshold, Target = target, Stretch = stretch, Cap = cap, Floor = floor };

    /// <summary>
    /// Ratio scoring: actual ÷ target × 100 (target ÷ actual × 100 for lower-is-better), kept within
    /// <paramref name="floor"/> and <paramref name="cap"/>.
    /// </summary>
    /// <param name="target">The value that scores 100; positive.</param>
    /// <param name="cap">The highest score.</param>
    /// <param name="floor">The lowest score; defaults to 0.</param>
    /// <returns>The scoring method.</returns>
    public static ScoringMethod RatioToTarget(decimal target, decimal cap, decimal floor = 0m) =>
        new(ScoringRuleNames.RatioToTarget) { Target = target, Cap = cap, Floor = floor };

    /// <summary>Banded scoring: the score of the step the actual value falls in. Gaps and overlaps are rejected when the scorecard is built.</summary>
    /// <param name="steps">The steps, in any order.</param>
    /// <returns>The scoring method.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null or contains null.</exception>
    public static ScoringMethod Banded(params IEnumerable<ScoreStep> steps) =>
        new(ScoringRuleNames.Banded) { Steps = CopyList(steps, nameof(steps)) };

    /// <summary>
    /// Met / not met: met when the actual reaches the target (higher-is-better), does not exceed it
    /// (lower-is-better), or lies within <paramref name="tolerance"/> of it (closest-to-target).
    /// </summary>
    /// <param name="target">The value to meet.</param>
    /// <param name="metScore">The score when met.</param>
    /// <param name="notMetScore">The score when not met.</param>
    /// <param name="tolerance">For closest-to-target only: the largest distance that still counts as met.</param>
    /// <returns>The scoring method.</returns>
    public static ScoringMethod Binary(decimal target, decimal metScore = 100m, decimal notMetScore = 0m, decimal? tolerance = null) =>
        new(ScoringRuleNames.Binary) { Target = target, MetScore = metScore, NotMetScore = notMetScore, Tolerance = tolerance };

    /// <summary>Rating-scale scoring: each rating maps to a score; ratings between points are interpolated unless <paramref name="interpolate"/> is false.</summary>
    /// <param name="points">The scale points, in any order.</param>
    /// <param name="interpolate">Whether ratings between two points are interpolated linearly.</param>
    /// <returns>The scoring method.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null or contains null.</exception>
    public static ScoringMethod RatingScale(IEnumerable<RatingPoint> points, bool interpolate = true) =>
        new(ScoringRuleNames.RatingScale) { Scale = CopyList(points, nameof(points)), Interpolate = interpolate };

    /// <summary>Target-range scoring: 100 inside [<paramref name="low"/>, <paramref name="high"/>], minus <paramref name="slope"/> points per unit outside, never below <paramref name="floor"/>.</summary>
    /// <param name="low">The lowest value of the range, included.</param>
    /// <param name="high">The highest value of the range, included.</param>
    /// <param name="slope">Points lost per unit outside the range; positive.</param>
    /// <param name="floor">The lowest score; defaults to 0.</param>
    /// <returns>The scoring method.</returns>
    public static ScoringMethod TargetRange(decimal low, decimal high, decimal slope, decimal floor = 0m) =>
        new(ScoringRuleNames.TargetRange) { RangeLow = low, RangeHigh = high, Slope = slope, Floor = floor };

    /// <summary>Direct scoring: the actual value is already a score (a manager's rating on 0–100, another scorecard's overall score), accepted within [<paramref name="floor"/>, <paramref name="cap"/>].</summary>
    /// <param name="cap">The highest score accepted.</param>
    /// <param name="floor">The lowest score accepted.</param>
    /// <returns>The scoring method.</returns>
    public static ScoringMethod Direct(decimal cap = 100m, decimal floor = 0m) =>
        new(ScoringRuleNames.Direct) { Cap = cap, Floor = floor };

    /// <summary>A rule registered by an integrator, with the named reference values it reads.</summary>
    /// <param name="ruleName">The name the rule is registered under.</param>
    /// <param name="values">Named reference values, such as <c>{ "target": 12 }</c>.</param>
    /// <returns>The scoring method.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleName"/> is null, empty or white space.</exception>
    public static ScoringMethod Custom(string ruleName, IReadOnlyDictionary<string, decimal>? values = null) =>
        new(ruleName) { Values = values ?? NoValues };

    private static T[] CopyList<T>(IEnumerable<T> items, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, name);
        T[] copy = [.. items];
        if (Array.Exists(copy, x => x is null))
        {
            throw new ArgumentNullException(name, "The list cannot contain null.");
        }

        return copy;
    }
}
