using System.Globalization;
using System.Runtime.CompilerServices;
using Accountability.Criteria;

namespace Accountability.Scoring.Rules;

/// <summary>
/// The shared frame of the built-in rules: each binds only its own settings type, and reports any other settings
/// as <see cref="ScoringProblemCodes.SettingsNotSupported"/>.
/// </summary>
/// <typeparam name="TSettings">The rule's settings type.</typeparam>
internal abstract class BuiltInRule<TSettings> : IScoringRule
    where TSettings : ScoringMethod
{
    public abstract string Name { get; }

    public CriterionScorer? Bind(ScoringRuleBindContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Method is not TSettings settings)
        {
            context.Error(
                "scoring",
                ScoringProblemCodes.SettingsNotSupported,
                $"The '{Name}' rule is set up with {typeof(TSettings).Name}; these settings are {context.Method.GetType().Name}.",
                context.Method.RuleName);
            return null;
        }

        CriterionScorer scorer = Bind(settings, context);
        return context.HasErrors ? null : scorer;
    }

    /// <summary>Checks the settings against the criterion (reporting every problem) and compiles the scorer.</summary>
    protected abstract CriterionScorer Bind(TSettings settings, ScoringRuleBindContext context);

    protected static string Path(string member) => ScoringRuleBindContext.SettingPath(member);

    protected static string Text(decimal value) => Line.Text(value);

    protected void RequireDirection(ScoringRuleBindContext context, string alternative, params CriterionDirection[] allowed)
    {
        if (Array.IndexOf(allowed, context.Direction) < 0)
        {
            context.Error(
                "direction",
                ScoringProblemCodes.DirectionNotSupported,
                $"The '{Name}' rule does not score {DirectionText(context.Direction)} criteria; {alternative}.",
                context.Direction);
        }
    }

    protected static string DirectionText(CriterionDirection direction) => Line.DirectionText(direction);
}

/// <summary>Arithmetic shared by the built-in scorers.</summary>
internal static class Line
{
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string DirectionText(CriterionDirection direction) => direction switch
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal At(decimal x, decimal x0, decimal x1, decimal y0, decimal y1, bool safely)
    {
        decimal y = safely
            ? AtSafely(x, x0, x1, y0, y1)
            : y0 + ((x - x0) * (y1 - y0) / (x1 - x0));

        // Rounding in the last digit must not carry the score past either end of the line.
        return y0 <= y1 ? Math.Clamp(y, y0, y1) : Math.Clamp(y, y1, y0);
    }

    /// <summary>
    /// <see cref="At"/> multiplying first (exact answers stay exact); only when the reference values are so far apart that
    /// this overflows, again on quartered values.
    /// </summary>
    public static decimal AtExactOrSafely(decimal x, decimal x0, decimal x1, decimal y0, decimal y1)
    {
        try
        {
            return At(x, x0, x1, y0, y1, safely: false);
        }
        catch (OverflowException)
        {
            return At(x, x0, x1, y0, y1, safely: true);
        }
    }

    private static decimal AtSafely(decimal x, decimal x0, decimal x1, decimal y0, decimal y1)
    {
        decimal fraction = ((x / 4m) - (x0 / 4m)) / ((x1 / 4m) - (x0 / 4m));
        return (y0 * (1m - fraction)) + (y1 * fraction);
    }
}
