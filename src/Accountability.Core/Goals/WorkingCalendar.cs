using NodaTime;

namespace Accountability.Goals;

/// <summary>Which days count as working days when pace is measured: every day except weekly days off and listed non-working dates.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WorkingCalendar
{
    private readonly HashSet<LocalDate> _nonWorkingDates;
    private readonly HashSet<IsoDayOfWeek> _weeklyDaysOff;

    /// <summary>Creates a calendar.</summary>
    /// <param name="nonWorkingDates">Dates that are not working days (public holidays, shutdowns).</param>
    /// <param name="weeklyDaysOff">Days of the week that are never working days (often Saturday and Sunday); none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nonWorkingDates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day of the week is not a defined day.</exception>
    public WorkingCalendar(IEnumerable<LocalDate> nonWorkingDates, IEnumerable<IsoDayOfWeek>? weeklyDaysOff = null)
    {
        ArgumentNullException.ThrowIfNull(nonWorkingDates);
        _nonWorkingDates = [.. nonWorkingDates];
        _weeklyDaysOff = [.. weeklyDaysOff ?? []];
        foreach (IsoDayOfWeek day in _weeklyDaysOff)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(nameof(weeklyDaysOff), day, "Not a day of the week.");
            }
        }
    }

    /// <summary>Creates a Monday-to-Friday calendar with the given holidays.</summary>
    /// <param name="holidays">Dates that are not working days.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public static WorkingCalendar MondayToFriday(IEnumerable<LocalDate> holidays) =>
        new(holidays, [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday]);

    /// <summary>Gets the listed non-working dates, in date order.</summary>
    public IReadOnlyList<LocalDate> NonWorkingDates => [.. _nonWorkingDates.Order()];

    /// <summary>Gets the weekly days off, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WeeklyDaysOff => [.. _weeklyDaysOff.Order()];

    /// <summary>Tells whether a date is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => !_weeklyDaysOff.Contains(date.DayOfWeek) && !_nonWorkingDates.Contains(date);

    /// <summary>Counts the working days in an interval (dates inclusive).</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public int WorkingDays(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        int count = 0;
        foreach (LocalDate date in interval)
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}
