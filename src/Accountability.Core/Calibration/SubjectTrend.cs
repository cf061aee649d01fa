using System.Globalization;
using System.Text;

namespace Accountability.Calibration;

/// <summary>
/// One subject's measure over several cycles, in the order given (oldest first): the change, the direction, and the
/// <b>volatility</b> — the coefficient of variation (population standard deviation ÷ mean) of the values.
/// </summary>
/// <remarks>Figures are rounded to 12 places (see <see cref="Statistics"/>). Immutable and thread-safe.</remarks>
public sealed class SubjectTrend
{
    private readonly (string Period, decimal Value)[] _points;

    private SubjectTrend(PartyId subject, (string Period, decimal Value)[] points)
    {
        Subject = subject;
        _points = points;
        decimal sum = 0m;
        foreach ((_, decimal v) in points)
        {
            sum += v;
        }

        Mean = CalibrationMath.Grid(sum / points.Length);
        Volatility = PeriodSeries.Volatility(points, out string? reason);
        VolatilityNotMeasuredReason = reason;
    }

    /// <summary>The subject.</summary>
    public PartyId Subject { get; }

    /// <summary>The (period, value) points, oldest first.</summary>
    public IReadOnlyList<(string Period, decimal Value)> Points => _points;

    /// <summary>The first period's value.</summary>
    public decimal First => _points[0].Value;

    /// <summary>The last period's value.</summary>
    public decimal Last => _points[^1].Value;

    /// <summary>The change over the whole span: <see cref="Last"/> − <see cref="First"/>.</summary>
    public decimal Change => Last - First;

    /// <summary>The change in the last period: the last value minus the one before; 0 with one period.</summary>
    public decimal LastChange => _points.Length < 2 ? 0m : Last - _points[^2].Value;

    /// <summary>Which way the measure moved from first to last.</summary>
    public TrendDirection Direction => Change > 0m ? TrendDirection.Rising : Change < 0m ? TrendDirection.Falling : TrendDirection.Flat;

    /// <summary>The mean of the values, rounded to 12 places.</summary>
    public decimal Mean { get; }

    /// <summary>
    /// The coefficient of variation of the values (0.25: a spread of a quarter of the mean), rounded to 12 places;
    /// <see langword="null"/> with fewer than two periods or a mean not above zero (see <see cref="VolatilityNotMeasuredReason"/>).
    /// </summary>
    public decimal? Volatility { get; }

    /// <summary>Why <see cref="Volatility"/> is not measured; <see langword="null"/> when it is.</summary>
    public string? VolatilityNotMeasuredReason { get; }

    /// <summary>Creates a subject's trend from their values per period, oldest first.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="series">The (period label, value) pairs, oldest first; at least one, labels unique.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is <c>default</c>.</exception>
    /// <exception cref="AccountabilityException">The series is empty, or a label is empty or repeated.</exception>
    public static SubjectTrend Create(PartyId subject, IEnumerable<(string Period, decimal Value)> series)
    {
        if (subject.IsDefault)
        {
            throw new ArgumentException("A trend needs a subject.", nameof(subject));
        }

        (string Period, decimal Value)[] points = PeriodSeries.Read(series, "series", 1);
        return CalibrationMath.Checked("series", () => new SubjectTrend(subject, points));
    }

    /// <summary>Finds the flags <paramref name="rules"/> raise on this trend, in period order.</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>The flags; empty when none is raised.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public IReadOnlyList<TrendFlag> Flags(TrendFlagRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return CalibrationMath.Checked("series", () => FindFlags(rules));
    }

    private TrendFlag[] FindFlags(TrendFlagRules rules)
    {
        var flags = new List<TrendFlag>();
        if (rules.DropThreshold is { } threshold)
        {
            for (int i = 1; i < _points.Length; i++)
            {
                decimal drop = _points[i - 1].Value - _points[i].Value;
                if (drop > threshold)
                {
                    flags.Add(new TrendFlag(
                        Subject,
                        TrendFlagKind.FellSharply,
                        _points[i - 1].Period,
                        _points[i].Period,
                        drop,
                        1,
                        string.Create(CultureInfo.InvariantCulture, $"{Subject} fell by {drop} from {_points[i - 1].Value} in {_points[i - 1].Period} to {_points[i].Value} in {_points[i].Period}, more than the threshold of {threshold}.")));
                }
            }
        }

        if (rules.FloorBand is { MinimumScore: { } floor } band)
        {
            int run = 0;
            for (int i = 0; i <= _points.Length; i++)
            {
                if (i < _points.Length && _points[i].Value < floor)
                {
                    run++;
                    continue;
                }

                if (run >= rules.FloorCycles)
                {
                    int from = i - run;
                    flags.Add(new TrendFlag(
                        Subject,
                        TrendFlagKind.StayedBelowBand,
                        _points[from].Period,
                        _points[i - 1].Period,
                        floor,
                        run,
                        string.Create(CultureInfo.InvariantCulture, $"{Subject} stayed below '{band.Name}' (from {floor}) for {run} cycles, {_points[from].Period} to {_points[i - 1].Period}, at least the {rules.FloorCycles} that raise a flag.")));
                }

                run = 0;
            }
        }

        return [.. flags.OrderBy(f => IndexOf(f.ToPeriod)).ThenBy(f => f.Kind)];
    }

    /// <summary>Explains the trend in a few lines.</summary>
    /// <returns>Text, made only when asked.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Subject} over {_points.Length} periods ({string.Join(", ", _points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Period}: {p.Value}")))}):")
            .AppendLine(CultureInfo.InvariantCulture, $"  {Direction.ToString().ToLowerInvariant()}, {(Change >= 0 ? "+" : string.Empty)}{Change} from first to last; mean {Rounding.Format(Mean, 2)}.")
            .AppendLine(Volatility is { } v
                ? string.Create(CultureInfo.InvariantCulture, $"  Volatility (coefficient of variation, STDEV.P ÷ mean) {Rounding.Format(v * 100m, 1)} %.")
                : "  Volatility not measured: " + VolatilityNotMeasuredReason + ".");
        return text.ToString();
    }

    private int IndexOf(string period) => Array.FindIndex(_points, p => string.Equals(p.Period, period, StringComparison.Ordinal));
}
