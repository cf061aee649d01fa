using System.Globalization;
using System.Text;

namespace Accountability.Calibration;

/// <summary>
/// A team's volatility in two spans of periods (such as before and after accountability took hold): the coefficient of
/// variation of the team's measure in each span, and whether and by how much it fell.
/// </summary>
/// <remarks>Figures are rounded to 12 places (see <see cref="Statistics"/>). Immutable and thread-safe.</remarks>
public sealed class VolatilityComparison
{
    private VolatilityComparison(decimal before, decimal after, int beforePeriods, int afterPeriods)
    {
        Before = before;
        After = after;
        BeforePeriods = beforePeriods;
        AfterPeriods = afterPeriods;
        RelativeChange = before == 0m ? null : CalibrationMath.Grid((after - before) / before);
    }

    /// <summary>The coefficient of variation in the first span.</summary>
    public decimal Before { get; }

    /// <summary>The coefficient of variation in the second span.</summary>
    public decimal After { get; }

    /// <summary>How many periods the first span has.</summary>
    public int BeforePeriods { get; }

    /// <summary>How many periods the second span has.</summary>
    public int AfterPeriods { get; }

    /// <summary>The change: <see cref="After"/> − <see cref="Before"/> (below zero: volatility fell).</summary>
    public decimal Change => After - Before;

    /// <summary>The change relative to <see cref="Before"/> (−0.5: volatility halved), rounded to 12 places; <see langword="null"/> when the first span had no spread at all.</summary>
    public decimal? RelativeChange { get; }

    /// <summary>Whether volatility fell.</summary>
    public bool Fell => After < Before;

    /// <summary>Compares the volatility of a team's measure between two spans of periods, each oldest first.</summary>
    /// <param name="before">The first span's (period, value) pairs; at least two.</param>
    /// <param name="after">The second span's (period, value) pairs; at least two.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is null.</exception>
    /// <exception cref="AccountabilityException">A span has fewer than two periods or a mean not above zero, or a period label is empty or used twice across both spans (every problem is listed).</exception>
    public static VolatilityComparison Compare(IEnumerable<(string Period, decimal Value)> before, IEnumerable<(string Period, decimal Value)> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var problems = new ProblemCollector();
        (string Period, decimal Value)[] first = Collect(problems, () => PeriodSeries.Read(before, "before", 2, labels));
        (string Period, decimal Value)[] second = Collect(problems, () => PeriodSeries.Read(after, "after", 2, labels));
        decimal? a = CalibrationMath.Checked("before", () => Measure(problems, first, "before"));
        decimal? b = CalibrationMath.Checked("after", () => Measure(problems, second, "after"));
        problems.ThrowIfErrors();
        return CalibrationMath.Checked(string.Empty, () => new VolatilityComparison(a!.Value, b!.Value, first.Length, second.Length));
    }

    /// <summary>Explains the comparison in one line.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Volatility (coefficient of variation) {Rounding.Format(Before * 100m, 1)} % over {BeforePeriods} periods, then {Rounding.Format(After * 100m, 1)} % over {AfterPeriods}: ");
        text.Append(Fell ? "it fell" : After == Before ? "unchanged" : "it rose");
        if (RelativeChange is { } relative && Change != 0m)
        {
            text.Append(CultureInfo.InvariantCulture, $" by {Rounding.Format(Math.Abs(Change) * 100m, 1)} points ({Rounding.Format(Math.Abs(relative) * 100m, 1)} %)");
        }

        return text.Append('.').ToString();
    }

    /// <summary>Returns <see cref="Explain"/>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain();

    private static (string Period, decimal Value)[] Collect(ProblemCollector problems, Func<(string Period, decimal Value)[]> read)
    {
        try
        {
            return read();
        }
        catch (AccountabilityException ex)
        {
            problems.AddRange(ex.Problems);
            return [];
        }
    }

    private static decimal? Measure(ProblemCollector problems, (string Period, decimal Value)[] items, string path)
    {
        if (items.Length < 2)
        {
            return null;
        }

        decimal? volatility = PeriodSeries.Volatility(items, out string? reason);
        if (volatility is null)
        {
            problems.Error(path, CalibrationProblemCodes.MeanNotPositive, $"The volatility of '{path}' cannot be measured: {reason}.");
        }

        return volatility;
    }
}
