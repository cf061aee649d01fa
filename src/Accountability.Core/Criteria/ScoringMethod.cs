using System.Globalization;
using System.Text;
using Accountability.Scoring;

namespace Accountability.Criteria;

/// <summary>
/// How a criterion is scored: the name of a registered scoring rule and that rule's own, typed settings.
/// Each built-in rule has its own immutable settings type (<see cref="LinearScoring"/>,
/// <see cref="RatioToTargetScoring"/>, <see cref="BandedScoring"/>, <see cref="BinaryScoring"/>,
/// <see cref="RatingScaleScoring"/>, <see cref="TargetRangeScoring"/>, <see cref="DirectScoring"/>, <see cref="FormulaScoring"/>);
/// an integrator's rule reads named parameters from <see cref="CustomScoring"/>.
/// </summary>
/// <remarks>
/// <para>
/// Create settings with the factory methods here (<c>ScoringMethod.Linear(…)</c>, the discoverable way) or with
/// the settings type's constructor (<c>new LinearScoring(…)</c>); both give the same immutable object. What a
/// settings object can check on its own (a missing list, a null entry) is checked when it is created; what
/// depends on the criterion (its direction, its unit) is checked by the rule when the scorecard is built,
/// with paths such as <c>criteria[2].scoring.target</c>.
/// </para>
/// <para>Immutable and thread-safe. Only the library derives from this class.</para>
/// </remarks>
public abstract class ScoringMethod
{
    private protected ScoringMethod(string ruleName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleName);
        RuleName = ruleName;
    }

    /// <summary>The name of the scoring rule, looked up in a <c>ScoringRuleRegistry</c> when a scorecard is built.</summary>
    public string RuleName { get; }

    /// <summary>
    /// The unit the reference values are stated in, when they carry one (such as money in USD); <see langword="null"/>
    /// for plain numbers. When both this and the criterion's <see cref="PerformanceCriterion.MeasurementUnit"/> are
    /// given they must be the same unit, or the scorecard is not built.
    /// </summary>
    public MeasurementUnit? Unit { get; init; }

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
    /// <returns>The settings.</returns>
    public static LinearScoring Linear(decimal threshold, decimal target, decimal? stretch = null, decimal? cap = null, decimal? floor = null) =>
        new(threshold, target, stretch, cap, floor);

    /// <summary>Linear scoring with money reference values; the settings take the money's currency as their <see cref="Unit"/>.</summary>
    /// <param name="threshold">The amount that scores the floor.</param>
    /// <param name="target">The amount that scores 100.</param>
    /// <param name="stretch">The amount that scores <paramref name="cap"/>.</param>
    /// <param name="cap">The score at stretch, above 100; required with a stretch.</param>
    /// <param name="floor">The score at or beyond the threshold; defaults to 0.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="AccountabilityException">The amounts are in different currencies (code <see cref="KernelProblemCodes.CurrencyMismatch"/>) or an amount is default.</exception>
    public static LinearScoring Linear(Money threshold, Money target, Money? stretch = null, decimal? cap = null, decimal? floor = null)
    {
        Currency currency = SameCurrency(("threshold", threshold), ("target", target), ("stretch", stretch));
        return new(threshold.Amount, target.Amount, stretch?.Amount, cap, floor) { Unit = MeasurementUnit.Money(currency) };
    }

    /// <summary>
    /// Ratio scoring: actual ÷ target × 100 (target ÷ actual × 100 for lower-is-better), kept within
    /// <paramref name="floor"/> and <paramref name="cap"/>.
    /// </summary>
    /// <param name="target">The value that scores 100; positive.</param>
    /// <param name="cap">The highest score.</param>
    /// <param name="floor">The lowest score; defaults to 0.</param>
    /// <returns>The settings.</returns>
    public static RatioToTargetScoring RatioToTarget(decimal target, decimal cap, decimal floor = 0m) => new(target, cap, floor);

    /// <summary>Ratio scoring against a money target; the settings take its currency as their <see cref="Unit"/>.</summary>
    /// <param name="target">The amount that scores 100; positive.</param>
    /// <param name="cap">The highest score.</param>
    /// <param name="floor">The lowest score; defaults to 0.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="AccountabilityException">The amount is default.</exception>
    public static RatioToTargetScoring RatioToTarget(Money target, decimal cap, decimal floor = 0m) =>
        new(target.Amount, cap, floor) { Unit = MeasurementUnit.Money(SameCurrency(("target", target))) };

    /// <summary>Banded scoring: the score of the step the actual value falls in. Gaps and overlaps are rejected when the scorecard is built.</summary>
    /// <param name="steps">The steps, in any order.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null or contains null.</exception>
    public static BandedScoring Banded(params IEnumerable<ScoreStep> steps) => new(steps);

    /// <summary>
    /// Met / not met: met when the actual reaches the target (higher-is-better), does not exceed it
    /// (lower-is-better), or lies within <paramref name="tolerance"/> of it (closest-to-target).
    /// </summary>
    /// <param name="target">The value to meet.</param>
    /// <param name="metScore">The score when met.</param>
    /// <param name="notMetScore">The score when not met.</param>
    /// <param name="tolerance">For closest-to-target only: the largest distance that still counts as met.</param>
    /// <returns>The settings.</returns>
    public static BinaryScoring Binary(decimal target, decimal metScore = 100m, decimal notMetScore = 0m, decimal? tolerance = null) =>
        new(target, metScore, notMetScore, tolerance);

    /// <summary>Rating-scale scoring: each rating maps to a score; ratings between points are interpolated unless <paramref name="interpolate"/> is false.</summary>
    /// <param name="points">The scale points, in any order.</param>
    /// <param name="interpolate">Whether ratings between points are interpolated.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null or contains null.</exception>
    public static RatingScaleScoring RatingScale(IEnumerable<RatingPoint> points, bool interpolate = true) => new(points, interpolate);

    /// <summary>
    /// Target-range scoring: 100 anywhere in [<paramref name="low"/>, <paramref name="high"/>]; outside it,
    /// 100 minus <paramref name="slope"/> points per unit of distance, never below <paramref name="floor"/>.
    /// </summary>
    /// <param name="low">The lowest value of the range, included.</param>
    /// <param name="high">The highest value of the range, included.</param>
    /// <param name="slope">Points lost per unit outside the range; positive.</param>
    /// <param name="floor">The lowest score; defaults to 0.</param>
    /// <returns>The settings.</returns>
    public static TargetRangeScoring TargetRange(decimal low, decimal high, decimal slope, decimal floor = 0m) => new(low, high, slope, floor);

    /// <summary>The actual value is already a score (such as another scorecard's overall score), accepted within [<paramref name="floor"/>, <paramref name="cap"/>].</summary>
    /// <param name="cap">The highest score accepted.</param>
    /// <param name="floor">The lowest score accepted.</param>
    /// <returns>The settings.</returns>
    public static DirectScoring Direct(decimal cap = 100m, decimal floor = 0m) => new(cap, floor);

    /// <summary>
    /// Formula scoring: the score is <paramref name="formula"/> over the criterion's <c>actual</c> value and the named
    /// reference <paramref name="values"/>, such as <c>min(150, actual / target * 100)</c>; checked when the scorecard is built.
    /// </summary>
    /// <param name="formula">The formula's text.</param>
    /// <param name="values">Named reference values the formula reads, such as <c>{ "target": 100 }</c>.</param>
    /// <param name="range">The lowest and highest score the formula may give; 0 to 100 when not given.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="formula"/> is null.</exception>
    public static FormulaScoring Formula(string formula, IReadOnlyDictionary<string, decimal>? values = null, ScoreRange? range = null) =>
        new(formula, values, range);

    /// <summary>A rule registered by an integrator, with the named parameters it reads when it binds.</summary>
    /// <param name="ruleName">The name the rule is registered under.</param>
    /// <param name="values">Named parameters, such as <c>{ "target": 12 }</c>.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentException"><paramref name="ruleName"/> is null, empty or white space.</exception>
    public static CustomScoring Custom(string ruleName, IReadOnlyDictionary<string, decimal>? values = null) => new(ruleName, values);

    /// <summary>Describes the settings for an explanation, such as <c>linear (threshold 80, target 100)</c>.</summary>
    /// <returns>The rule's name and its settings.</returns>
    public override string ToString()
    {
        var parts = new StringBuilder();
        Describe(parts);
        return parts.Length == 0 ? RuleName : $"{RuleName} ({parts})";
    }

    /// <summary>Appends the settings, such as <c>threshold 80, target 100</c>, comma-separated.</summary>
    /// <param name="text">Where to write.</param>
    private protected abstract void Describe(StringBuilder text);

    /// <summary>Appends <c>name value</c> to a description, comma-separated.</summary>
    private protected static void Describe(StringBuilder text, string name, decimal? value)
    {
        if (value is { } v)
        {
            Separate(text).Append(CultureInfo.InvariantCulture, $"{name} {v}");
        }
    }

    /// <summary>Appends a comma when the description is not empty.</summary>
    private protected static StringBuilder Separate(StringBuilder text) => text.Length == 0 ? text : text.Append(", ");

    /// <summary>Copies a list, rejecting null and null entries.</summary>
    private protected static T[] CopyList<T>(IEnumerable<T> items, string name)
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

    private static Currency SameCurrency(params ReadOnlySpan<(string Name, Money? Amount)> amounts)
    {
        var problems = new ProblemCollector();
        Currency? first = null;
        string firstName = string.Empty;
        foreach ((string name, Money? amount) in amounts)
        {
            if (amount is not { } money)
            {
                continue;
            }

            if (money.IsDefault)
            {
                problems.Error(name, KernelProblemCodes.CurrencyMismatch, $"The {name} has no currency.");
                continue;
            }

            if (first is null)
            {
                first = money.Currency;
                firstName = name;
            }
            else if (money.Currency != first.Value)
            {
                problems.Error(
                    name,
                    KernelProblemCodes.CurrencyMismatch,
                    $"The {name} is in {money.Currency.Code} but the {firstName} is in {first.Value.Code}; give every amount in one currency.",
                    money);
            }
        }

        problems.ThrowIfErrors();
        return first.GetValueOrDefault();
    }
}
