using System.Globalization;
using NodaTime;

namespace Accountability.Goals;

/// <summary>
/// A goal's pace on a date: what was expected by then, what was achieved, the status from the thresholds, and a
/// simple forecast to the end of the period (the actual extended at the same pace).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Created by <see cref="GoalProgressReport.Pace"/>. Higher actuals are better. For rates
/// nothing accrues: the expected value is the target itself and the forecast is the actual.
/// </remarks>
public sealed class GoalPace
{
    private GoalPace(GoalId goal, LocalDate asOf, decimal target, decimal expectedFraction, decimal expected, decimal actual, decimal? ratio, PaceStatus status, decimal? forecast)
    {
        Goal = goal;
        AsOf = asOf;
        Target = target;
        ExpectedFraction = expectedFraction;
        Expected = expected;
        Actual = actual;
        PaceRatio = ratio;
        Status = status;
        Forecast = forecast;
    }

    /// <summary>Gets the goal.</summary>
    public GoalId Goal { get; }

    /// <summary>Gets the date of the measurement.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the target value.</summary>
    public decimal Target { get; }

    /// <summary>Gets the fraction (0–1) of the target expected by <see cref="AsOf"/>.</summary>
    public decimal ExpectedFraction { get; }

    /// <summary>Gets the value expected by <see cref="AsOf"/> (not rounded).</summary>
    public decimal Expected { get; }

    /// <summary>Gets the actual by <see cref="AsOf"/>.</summary>
    public decimal Actual { get; }

    /// <summary>Gets actual ÷ expected, or <see langword="null"/> when nothing was expected yet.</summary>
    public decimal? PaceRatio { get; }

    /// <summary>Gets the status; on track while nothing is expected yet.</summary>
    public PaceStatus Status { get; }

    /// <summary>Gets the forecast for the end of the period at the current pace, or <see langword="null"/> when nothing was expected yet.</summary>
    public decimal? Forecast { get; }

    /// <summary>Gets the forecast as a fraction of the target, or <see langword="null"/> when there is no forecast or the target is zero.</summary>
    public decimal? ForecastAttainment => Forecast is decimal f && Target != 0 ? f / Target : null;

    /// <summary>Describes the pace.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Goal} on {GoalText.Date(AsOf)}: {Actual} of {Rounding.Format(Expected)} expected, {Status}");

    internal static GoalPace Compute(GoalProgress progress, LocalDate asOf, PaceOptions options)
    {
        var problems = new ProblemCollector();
        if (options.OffTrackBelow < 0 || options.OnTrackAtLeast < options.OffTrackBelow)
        {
            problems.Error("options", GoalProblemCodes.PaceThresholds, string.Create(CultureInfo.InvariantCulture, $"The thresholds must satisfy 0 <= off track ({options.OffTrackBelow}) <= on track ({options.OnTrackAtLeast})."));
        }

        Goal goal = progress.Goal;
        IReadOnlyList<DateInterval> months = ReportingPeriod.Months(goal.Period);
        if (options.Profile is SeasonalityProfile profile && profile.Months != months.Count)
        {
            problems.Error(ProblemPath.Join("options", "profile"), GoalProblemCodes.SeasonalityMonths, string.Create(CultureInfo.InvariantCulture, $"The profile has {profile.Months} percentages but the period {GoalText.Period(goal.Period)} has {months.Count} months."), profile.Months);
        }

        problems.ThrowIfErrors();
        decimal target = goal.Target.Value;
        decimal actual = progress.Actual;
        try
        {
            if (goal.Target.Unit.IsRate)
            {
                decimal? rateRatio = progress.Measure == 0 || target == 0 ? null : actual / target;
                return new GoalPace(goal.Id, asOf, target, 1m, target, actual, rateRatio, StatusOf(rateRatio, options), actual);
            }

            decimal fraction = FractionExpected(goal.Period, months, asOf, options);
            decimal expected = target * fraction;
            decimal? ratio = expected == 0 ? null : actual / expected;
            decimal? forecast = fraction == 0 ? null : actual / fraction;
            return new GoalPace(goal.Id, asOf, target, fraction, expected, actual, ratio, StatusOf(ratio, options), forecast);
        }
        catch (OverflowException ex)
        {
            throw new AccountabilityException(
                [new Problem(ProblemPath.Key("goals", goal.Id.Value), GoalProblemCodes.PaceOverflow, $"The pace of goal {goal.Id} on {GoalText.Date(asOf)} (expected so far, pace ratio or forecast) goes beyond the range of decimal.", ProblemSeverity.Error, actual)],
                ex);
        }
    }

    private static PaceStatus StatusOf(decimal? ratio, PaceOptions options) => ratio switch
    {
        null => PaceStatus.OnTrack,
        decimal r when r >= options.OnTrackAtLeast => PaceStatus.OnTrack,
        decimal r when r >= options.OffTrackBelow => PaceStatus.AtRisk,
        _ => PaceStatus.OffTrack,
    };

    internal static decimal FractionExpected(DateInterval period, IReadOnlyList<DateInterval> months, LocalDate asOf, PaceOptions options)
    {
        if (asOf < period.Start)
        {
            return 0m;
        }

        if (asOf >= period.End)
        {
            return 1m;
        }

        if (options.Profile is not SeasonalityProfile profile)
        {
            return Elapsed(period, asOf, options.Calendar);
        }

        decimal fraction = 0m;
        for (int m = 0; m < months.Count && months[m].Start <= asOf; m++)
        {
            fraction += profile.Fraction(m) * Elapsed(months[m], asOf, options.Calendar);
        }

        return fraction;
    }

    /// <summary>The share of an interval's (working) days that lie on or before a date.</summary>
    private static decimal Elapsed(DateInterval interval, LocalDate asOf, WorkingCalendar? calendar)
    {
        if (asOf >= interval.End)
        {
            return 1m;
        }

        if (asOf < interval.Start)
        {
            return 0m;
        }

        var elapsed = new DateInterval(interval.Start, asOf);
        if (calendar is not null)
        {
            int all = calendar.WorkingDays(interval);
            if (all > 0)
            {
                return (decimal)calendar.WorkingDays(elapsed) / all;
            }
        }

        return (decimal)elapsed.Length / interval.Length;
    }
}
