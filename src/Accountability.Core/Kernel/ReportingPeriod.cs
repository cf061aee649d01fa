using NodaTime;

namespace Accountability;

/// <summary>
/// Builds the calendar periods the library works with. The convention everywhere in the library:
/// a period is a NodaTime <see cref="DateInterval"/>, and <b>both its start and end dates are
/// included</b> (a month is its first to its last day). Instants (such as an acknowledgment time)
/// are NodaTime <see cref="Instant"/>s taken from an injected <see cref="IClock"/>.
/// </summary>
/// <remarks>Stateless and thread-safe. All periods use the ISO calendar.</remarks>
public static class ReportingPeriod
{
    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December inclusive.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year as an inclusive interval.</returns>
    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>A calendar quarter, inclusive.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter as an inclusive interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is not 1–4.</exception>
    public static DateInterval Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new DateInterval(start, start.PlusMonths(2).With(DateAdjusters.EndOfMonth));
    }

    /// <summary>A calendar month, inclusive.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month as an inclusive interval.</returns>
    public static DateInterval Month(YearMonth month) => month.ToDateInterval();

    /// <summary>
    /// A fiscal year of twelve months that starts on the first day of <paramref name="startMonth"/>
    /// in <paramref name="startYear"/> (for example April 2026 to March 2027).
    /// </summary>
    /// <param name="startYear">The calendar year in which the fiscal year starts.</param>
    /// <param name="startMonth">The month, 1 to 12, in which every fiscal year starts.</param>
    /// <returns>The fiscal year as an inclusive interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startMonth"/> is not 1–12, or the fiscal year would end after the calendar's last year (9999).</exception>
    public static DateInterval FiscalYear(int startYear, int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        if (startYear == CalendarSystem.Iso.MaxYear && startMonth > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "A fiscal year starting after January of the calendar's last year would end beyond it.");
        }

        var start = new LocalDate(startYear, startMonth, 1);
        return new DateInterval(start, start.PlusMonths(11).With(DateAdjusters.EndOfMonth));
    }

    /// <summary>Splits a period into the calendar months it touches, each clipped to the period.</summary>
    /// <param name="period">The period to split.</param>
    /// <returns>The months in order; the first and last may be partial.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static IReadOnlyList<DateInterval> Months(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var months = new List<DateInterval>();
        LocalDate cursor = period.Start;
        while (cursor <= period.End)
        {
            LocalDate monthEnd = cursor.With(DateAdjusters.EndOfMonth);
            LocalDate end = monthEnd < period.End ? monthEnd : period.End;
            months.Add(new DateInterval(cursor, end));
            if (end == period.End)
            {
                // Stop here rather than step past the end: the end may be the calendar's last day.
                break;
            }

            cursor = end.PlusDays(1);
        }

        return months;
    }

    /// <summary>Tells whether <paramref name="inner"/> lies wholly within <paramref name="outer"/>.</summary>
    /// <param name="outer">The enclosing period.</param>
    /// <param name="inner">The period to test.</param>
    /// <returns><see langword="true"/> when every day of <paramref name="inner"/> is in <paramref name="outer"/>.</returns>
    /// <exception cref="ArgumentNullException">Either argument is null.</exception>
    public static bool Covers(DateInterval outer, DateInterval inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        return outer.Start <= inner.Start && inner.End <= outer.End;
    }
}
