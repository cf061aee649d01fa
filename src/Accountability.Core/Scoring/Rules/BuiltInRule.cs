using System.Globalization;
using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>The reference values of a <see cref="ScoringMethod"/>, so a rule can say which it uses.</summary>
[Flags]
internal enum MethodValues
{
    None = 0,
    Threshold = 1 << 0,
    Target = 1 << 1,
    Stretch = 1 << 2,
    Floor = 1 << 3,
    Cap = 1 << 4,
    RangeLow = 1 << 5,
    RangeHigh = 1 << 6,
    Slope = 1 << 7,
    MetScore = 1 << 8,
    NotMetScore = 1 << 9,
    Tolerance = 1 << 10,
    Interpolate = 1 << 11,
    Steps = 1 << 12,
    Scale = 1 << 13,
    Values = 1 << 14,
}

/// <summary>Shared checks of the built-in rules: every value they do not use is reported, never ignored.</summary>
internal abstract class BuiltInRule : IScoringRule
{
    public abstract string Name { get; }

    protected abstract MethodValues Uses { get; }

    public IEnumerable<Problem> Validate(PerformanceCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var problems = new ProblemCollector();
        ScoringMethod m = criterion.Scoring;
        Unused(problems, MethodValues.Threshold, "threshold", m.Threshold);
        Unused(problems, MethodValues.Target, "target", m.Target);
        Unused(problems, MethodValues.Stretch, "stretch", m.Stretch);
        Unused(problems, MethodValues.Floor, "floor", m.Floor);
        Unused(problems, MethodValues.Cap, "cap", m.Cap);
        Unused(problems, MethodValues.RangeLow, "rangeLow", m.RangeLow);
        Unused(problems, MethodValues.RangeHigh, "rangeHigh", m.RangeHigh);
        Unused(problems, MethodValues.Slope, "slope", m.Slope);
        Unused(problems, MethodValues.MetScore, "metScore", m.MetScore);
        Unused(problems, MethodValues.NotMetScore, "notMetScore", m.NotMetScore);
        Unused(problems, MethodValues.Tolerance, "tolerance", m.Tolerance);
        Unused(problems, MethodValues.Interpolate, "interpolate", m.Interpolate);
        Unused(problems, MethodValues.Steps, "steps", m.Steps.Count == 0 ? null : m.Steps.Count);
        Unused(problems, MethodValues.Scale, "scale", m.Scale.Count == 0 ? null : m.Scale.Count);
        Unused(problems, MethodValues.Values, "values", m.Values.Count == 0 ? null : m.Values.Count);
        ValidateCore(criterion, problems);
        return problems.ToArray();
    }

    public abstract ScoreRange GetRange(PerformanceCriterion criterion);

    public abstract decimal Score(in ScoringContext context);

    protected abstract void ValidateCore(PerformanceCriterion criterion, ProblemCollector problems);

    protected static string Path(string member) => "scoring." + member;

    protected static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    protected bool Required(ProblemCollector problems, decimal? value, string member)
    {
        if (value is null)
        {
            problems.Error(Path(member), ScoringProblemCodes.ValueRequired, $"The '{Name}' rule needs a {member}.");
            return false;
        }

        return true;
    }

    protected void RequireDirection(ProblemCollector problems, PerformanceCriterion criterion, string alternative, params CriterionDirection[] allowed)
    {
        if (Array.IndexOf(allowed, criterion.Direction) < 0)
        {
            problems.Error(
                "direction",
                ScoringProblemCodes.DirectionNotSupported,
                $"The '{Name}' rule does not score {DirectionText(criterion.Direction)} criteria; {alternative}.",
                criterion.Direction);
        }
    }

    protected static string DirectionText(CriterionDirection direction) => direction switch
    {
        CriterionDirection.HigherIsBetter => "higher-is-better",
        CriterionDirection.LowerIsBetter => "lower-is-better",
        _ => "closest-to-target",
    };

    /// <summary>
    /// The point at <paramref name="x"/> on the straight line from (<paramref name="x0"/>, <paramref name="y0"/>)
    /// to (<paramref name="x1"/>, <paramref name="y1"/>), for <c>x0 &lt; x &lt; x1</c>. Multiplies before dividing
    /// so that exact answers stay exact; when the reference values are so far apart that this would overflow,
    /// the caller retries with <paramref name="safely"/> set, which works on quartered values, so a valid criterion is
    /// always scored; the result always stays between y0 and y1.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    protected static decimal OnLine(decimal x, decimal x0, decimal x1, decimal y0, decimal y1, bool safely)
    {
        decimal y = safely
            ? OnLineSafely(x, x0, x1, y0, y1)
            : y0 + ((x - x0) * (y1 - y0) / (x1 - x0));

        // Rounding in the last digit must not carry the score past either end of the line.
        return y0 <= y1 ? Math.Clamp(y, y0, y1) : Math.Clamp(y, y1, y0);
    }

    /// <summary>
    /// The straight line computed on quartered values, for reference values so far apart that multiplying
    /// first overflows. Used only after the exact, multiply-first computation has overflowed.
    /// </summary>
    private static decimal OnLineSafely(decimal x, decimal x0, decimal x1, decimal y0, decimal y1)
    {
        decimal fraction = ((x / 4m) - (x0 / 4m)) / ((x1 / 4m) - (x0 / 4m));
        return (y0 * (1m - fraction)) + (y1 * fraction);
    }

    protected static AccountabilityException OutOfDomain(string code, string message, decimal actual) =>
        new([new Problem(string.Empty, code, message, ProblemSeverity.Error, actual)]);

    private void Unused(ProblemCollector problems, MethodValues flag, string member, object? value)
    {
        if (value is not null && (Uses & flag) == 0)
        {
            problems.Error(
                Path(member),
                ScoringProblemCodes.ValueNotUsed,
                $"The '{Name}' rule does not use {member}; remove it (it would be ignored).",
                value);
        }
    }
}
